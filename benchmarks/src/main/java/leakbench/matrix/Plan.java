package leakbench.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a launcher run will do, decided before anything runs: the units (benchmark x params x GC cell) of this
 * shard, and the steps (child JMH runs) that cover them, in order. Every mode fills the same plan: the matrix
 * runs each cell once, {@code --compare-with} runs N pairs of single-fork runs of each unit, a shard takes its
 * balanced share of the units.
 *
 * <p>Interleaved order: pairs run in rounds (round p runs pair p of every unit), so a slow phase of the machine
 * touches every unit and both sides alike; within pair p the side that goes first follows the Thue-Morse sequence
 * over p (AB BA BA AB BA AB AB BA ...: "ABBA BAAB"), which balances first position over every two pairs and cancels
 * a linear drift over every four.
 *
 * <p>Which jar a step runs is the plan's too ({@link #jar(Step.Side)}): {@code candidate} is this suite or
 * {@code --jar OTHER.jar}, {@code base} the {@code --compare-with} jar ({@code null} in a matrix run). Every mode
 * runs its steps on them the same way: JMH's own main class on the jar's classpath, with the profilers jar beside
 * another project's jar.
 */
record Plan(List<Unit> units, List<Step> steps, int pairs, BenchmarkJar candidate, BenchmarkJar base) {

    /**
     * The matrix: one step per cell, or per unit where a shard holds only part of a cell or where the cell's
     * benchmarks differ in their own {@code @Fork(jvmArgsAppend)} (one JMH run has one such option for all).
     */
    static Plan matrix(List<Cell> grid, Selection selection, Shard shard, BenchmarkJar candidate) {
        List<Unit> all = units(grid, selection);
        List<Unit> mine = shard.deal(all);
        List<Step> steps = new ArrayList<>();
        for (Cell cell : grid) {
            List<Unit> ofCell = ofCell(mine, cell);
            boolean whole = !ofCell.isEmpty() && ofCell.size() == ofCell(all, cell).size()
                    && candidate.sharedOwnAppend(benchmarks(ofCell)).isPresent();
            if (whole) {
                steps.add(new Step(steps.size() + 1, cell, null, Step.Side.CANDIDATE, 0, 0));
            } else {
                ofCell.forEach(u -> steps.add(new Step(steps.size() + 1, cell, u, Step.Side.CANDIDATE, 0, 0)));
            }
        }
        return new Plan(mine, steps, 0, candidate, null);
    }

    /**
     * {@code --compare-with}: {@code pairs} rounds, each running one base and one candidate fork of every unit whose
     * benchmark the base jar holds; the others stay in {@link #units()} with no steps.
     */
    static Plan compare(List<Cell> grid, Selection selection, Shard shard, int pairs, BenchmarkJar candidate,
                        BenchmarkJar base) {
        List<Unit> mine = shard.deal(units(grid, selection));
        List<Step> steps = new ArrayList<>();
        for (int pair = 1; pair <= pairs; pair++) {
            boolean baseFirst = baseFirst(pair);
            for (Unit unit : mine.stream().filter(u -> base.holds(u.benchmark())).toList()) {
                Step.Side first = baseFirst ? Step.Side.BASE : Step.Side.CANDIDATE;
                Step.Side second = baseFirst ? Step.Side.CANDIDATE : Step.Side.BASE;
                steps.add(new Step(steps.size() + 1, unit.cell(), unit, first, pair, 1));
                steps.add(new Step(steps.size() + 1, unit.cell(), unit, second, pair, 2));
            }
        }
        return new Plan(mine, steps, pairs, candidate, base);
    }

    /** The same units, and no steps (a {@code --min-heap} run that only searches). */
    Plan withoutSteps() {
        return new Plan(units, List.of(), pairs, candidate, base);
    }

    /** The jar a step of {@code side} runs. */
    BenchmarkJar jar(Step.Side side) {
        return side == Step.Side.BASE ? base : candidate;
    }

    /** Whether the base jar of a comparison holds the unit's benchmark (always, in a matrix run). */
    boolean inBase(Unit unit) {
        return base == null || base.holds(unit.benchmark());
    }

    /** The own {@code @Fork(jvmArgsAppend)} that the step's JMH run keeps before the cell's flags. */
    List<String> ownAppend(Step step) {
        BenchmarkJar jar = jar(step.side());
        if (step.unit() != null) {
            return jar.ownAppend(step.unit().benchmark());
        }
        return jar.sharedOwnAppend(benchmarks(ofCell(units, step.cell()))).orElseThrow(
                () -> new IllegalStateException("a whole-cell step whose benchmarks differ in @Fork(jvmArgsAppend)"));
    }

    private static List<Unit> ofCell(List<Unit> units, Cell cell) {
        return units.stream().filter(u -> u.cell().number() == cell.number()).toList();
    }

    private static List<String> benchmarks(List<Unit> units) {
        return units.stream().map(Unit::benchmark).distinct().toList();
    }

    /** Thue-Morse over the pair number: base first in pairs 1, 4, 6, 7, 10, ... */
    static boolean baseFirst(int pair) {
        return Integer.bitCount(pair - 1) % 2 == 0;
    }

    /** Every unit of the grid, numbered in grid order: cell, then benchmark, then parameter set. */
    static List<Unit> units(List<Cell> grid, Selection selection) {
        List<Unit> units = new ArrayList<>();
        for (Cell cell : grid) {
            for (String benchmark : selection.runnable()) {
                if (cell.benchmark() != null && !cell.benchmark().equals(benchmark)) {
                    continue;
                }
                for (Map<String, String> params : selection.paramSets().getOrDefault(benchmark, List.of(Map.of()))) {
                    units.add(new Unit(units.size() + 1, cell, benchmark, params,
                            selection.forkSeconds().getOrDefault(benchmark, 1.0)));
                }
            }
        }
        return units;
    }

    /** Expected seconds per shard of a deal, for tests and the progress line. */
    static Map<Integer, Double> load(List<Unit> units, Shard shard) {
        Map<Integer, Double> load = new LinkedHashMap<>();
        for (int i = 1; i <= shard.count(); i++) {
            load.put(i, new Shard(i, shard.count()).deal(units).stream().mapToDouble(Unit::forkSeconds).sum());
        }
        return load;
    }

    static final Comparator<Unit> LONGEST_FIRST = Comparator.comparingDouble(Unit::forkSeconds).reversed()
            .thenComparingInt(Unit::number);
}
