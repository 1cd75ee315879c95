/**
 * Reading JMH result files into {@link leakbench.analysis.model}: {@link leakbench.analysis.read.JmhResultReader}
 * is the entry point; every problem with the input is an {@link leakbench.analysis.read.InvalidResultsException}
 * whose message is one line a user can act on.
 */
package leakbench.analysis.read;
