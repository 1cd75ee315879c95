/**
 * Comparing two result sets: matching results by identity, per-metric statistics and verdicts, environment
 * differences and per-family geometric means. Produces a {@link leakbench.analysis.compare.Comparison} that the
 * renderers turn into Markdown, JSON or text; nothing here formats output.
 */
package leakbench.analysis.compare;
