import java.nio.file.*; import java.time.*; import java.util.*; import jdk.jfr.consumer.*;
public class Gaps { public static void main(String[] a) throws Exception {
  TreeMap<Long, Instant> marks = new TreeMap<>(); List<RecordedEvent> pauses = new ArrayList<>(); List<RecordedEvent> spans = new ArrayList<>();
  for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(a[0]))) { String n = e.getEventType().getName();
    if (n.equals("leakbench.IterationMark")) marks.put(e.getLong("sequence"), e.getStartTime());
    else if (n.equals("jdk.GCPhasePause")) pauses.add(e); else if (n.equals("leakbench.ForcedCollection")) spans.add(e); }
  int windows = 0, gapPauses = 0, inner = 0;
  for (long b = 0; marks.containsKey(b + 1); b += 2) { windows++; Instant from = marks.get(b), to = marks.get(b + 1);
    List<RecordedEvent> in = spans.stream().filter(s -> !s.getStartTime().isBefore(from) && !s.getEndTime().isAfter(to)).sorted(Comparator.comparing(RecordedEvent::getStartTime)).toList();
    if (in.size() < 2) continue; Instant benchFrom = in.get(0).getEndTime(), benchTo = in.get(in.size()-1).getStartTime();
    for (RecordedEvent p : pauses) { Instant s = p.getStartTime(); if (s.isBefore(from) || s.isAfter(to)) continue;
      boolean forced = in.stream().anyMatch(sp -> !s.isBefore(sp.getStartTime()) && !s.isAfter(sp.getEndTime())); if (forced) continue;
      if (s.isBefore(benchFrom) || s.isAfter(benchTo)) { gapPauses++; System.out.printf("window %d: %s gc %d starts %.3f ms %s the benchmark's own span%n", b/2, p.getString("name"), p.getLong("gcId"),
          Duration.between(s.isBefore(benchFrom) ? s : benchTo, s.isBefore(benchFrom) ? benchFrom : s).toNanos()/1e6, s.isBefore(benchFrom) ? "before" : "after"); } else inner++; } }
  System.out.println(windows + " windows, " + inner + " pauses inside the benchmark's span, " + gapPauses + " in the gaps between the profiler's marks and the forced collections");
}}
