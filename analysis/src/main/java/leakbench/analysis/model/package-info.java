/**
 * The parsed form of JMH results: immutable records, no parsing and no statistics here.
 *
 * <p>Data flows one way: {@code leakbench.analysis.read} builds a {@link leakbench.analysis.model.ResultSet}
 * from a result file; statistics and renderers only read it. Every string in this model comes from a
 * result file and is therefore untrusted (a pull request can write any benchmark name, param or JVM
 * argument): renderers must escape it.
 */
package leakbench.analysis.model;
