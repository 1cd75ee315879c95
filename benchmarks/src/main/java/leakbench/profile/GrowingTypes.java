package leakbench.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import leakbench.profile.TraceReadings.Counts;
import leakbench.profile.TraceReadings.Reading;

/**
 * The classes whose instance count grows with the calls, the Java analogue of tracemalloc's
 * {@code snapshot.compare_to}: over the readings of the traced window, a least-squares slope of instances and of
 * bytes against the cumulative calls, for every class whose instance count never falls from one reading to the
 * next and ends higher than it started. Listed are the largest by bytes per call, down to
 * {@value #MIN_SHARE_PERCENT}% of the window's growth of the whole histogram, at most {@value #MAX_TYPES}.
 */
final class GrowingTypes {
    static final int MAX_TYPES = 8;
    static final double MIN_SHARE_PERCENT = 1;

    /** One growing class, per call. */
    record GrowingType(String type, double instancesPerCall, double bytesPerCall) {
    }

    /** The listed types, the histogram's growth per call and the live heap's over the same readings. */
    record Growth(List<GrowingType> types, double histogramBytesPerCall, double liveBytesPerCall) {
        double listedBytesPerCall() {
            return types.stream().mapToDouble(GrowingType::bytesPerCall).sum();
        }
    }

    private GrowingTypes() {
    }

    static Growth of(List<Reading> window, double[] calls) {
        Set<String> names = new HashSet<>();
        window.forEach(r -> names.addAll(r.classes().keySet()));
        double[] total = new double[window.size()];
        double[] live = new double[window.size()];
        List<GrowingType> growing = new ArrayList<>();
        for (int i = 0; i < window.size(); i++) {
            live[i] = window.get(i).liveBytes();
        }
        for (String name : names) {
            double[] instances = new double[window.size()];
            double[] bytes = new double[window.size()];
            boolean neverFalls = true;
            for (int i = 0; i < window.size(); i++) {
                Counts c = window.get(i).classes().getOrDefault(name, new Counts(0, 0));
                instances[i] = c.instances();
                bytes[i] = c.bytes();
                total[i] += c.bytes();
                neverFalls &= i == 0 || instances[i] >= instances[i - 1];
            }
            if (neverFalls && instances[instances.length - 1] > instances[0]) {
                growing.add(new GrowingType(name, slope(calls, instances), slope(calls, bytes)));
            }
        }
        double totalSlope = slope(calls, total);
        double floor = Math.max(0, totalSlope) * MIN_SHARE_PERCENT / 100;
        List<GrowingType> listed = growing.stream()
                .filter(t -> t.bytesPerCall() > 0 && t.bytesPerCall() >= floor)
                .sorted(Comparator.comparingDouble(GrowingType::bytesPerCall).reversed()
                        .thenComparing(GrowingType::type))
                .limit(MAX_TYPES).toList();
        return new Growth(listed, totalSlope, slope(calls, live));
    }

    /** Least-squares slope of y on x; NaN with fewer than two distinct x. */
    static double slope(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxx > 0 ? sxy / sxx : Double.NaN;
    }
}
