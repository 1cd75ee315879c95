package leakbench.matrix;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How one benchmark (with one parameter set) ended inside a cell. For a failure: the fork, the phase
 * ({@code setup}, {@code warmup}, {@code measurement}) and the 1-based iteration it had reached.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BenchmarkOutcome(String benchmark, String params, String outcome, Integer fork, String phase,
                        Integer iteration, String message) {
    static final String OK = "ok";
    static final String OUT_OF_MEMORY = "out-of-memory";
    static final String FAILED = "failed";
}
