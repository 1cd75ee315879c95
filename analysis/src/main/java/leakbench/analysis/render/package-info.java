/**
 * Output formats. Every string that comes from a result file is untrusted and goes through {@link
 * leakbench.analysis.render.Escape} for the format at hand.
 */
package leakbench.analysis.render;
