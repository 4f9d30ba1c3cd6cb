package org.techsov.core.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Converts HS6 codes of older revisions to comparable codes of HS2022, the revision analyses
 * compare in, from a concordance of code pairs between consecutive revisions.
 *
 * <p>An older code goes to the newer code that continues it: the same code when it still exists;
 * else its only newer code; else its only newer code in a one-to-one or many-to-one relation. What
 * is left is a genuine split (one older code into several newer codes, with no weights in the
 * concordance): the newer codes it wholly goes to (or, when it only has many-to-many relations,
 * those of its heading, else of its chapter) are merged into one comparable group, keyed by the
 * smallest of them, so that values before and after the change are compared over the same goods.
 * Over several steps (HS2012 to HS2017 to HS2022) the rule is applied step by step; splits of the
 * earlier steps go to their smallest newer code.
 */
public final class HsConcordance {
  private final Map<HsRevision, Map<Integer, Integer>> stepToNext;
  private final Map<Integer, Integer> groupOf;
  private final Set<Integer> latest;

  private HsConcordance(
      Map<HsRevision, Map<Integer, Integer>> stepToNext,
      Map<Integer, Integer> groupOf,
      Set<Integer> latest) {
    this.stepToNext = stepToNext;
    this.groupOf = groupOf;
    this.latest = latest;
  }

  /**
   * One pair of the concordance.
   *
   * @param newer the code in the newer revision
   * @param older the code in the older revision
   * @param relationship {@code 1:1}, {@code n:1}, {@code 1:n} or {@code n:n}
   * @param newerRevision the newer revision
   * @param olderRevision the older revision, the one before {@code newerRevision}
   */
  public record Pair(
      int newer,
      int older,
      String relationship,
      HsRevision newerRevision,
      HsRevision olderRevision) {
    public Pair {
      Objects.requireNonNull(relationship, "relationship");
      Objects.requireNonNull(newerRevision, "newerRevision");
      Objects.requireNonNull(olderRevision, "olderRevision");
      if (olderRevision.ordinal() + 1 != newerRevision.ordinal()) {
        throw new IllegalArgumentException(
            "pairs link consecutive revisions, not " + olderRevision + " and " + newerRevision);
      }
    }
  }

  /** Builds the conversion from the pairs of every step present. */
  public static HsConcordance of(List<Pair> pairs) {
    Map<HsRevision, List<Pair>> byStep = new EnumMap<>(HsRevision.class);
    for (Pair p : pairs) {
      byStep.computeIfAbsent(p.olderRevision(), k -> new ArrayList<>()).add(p);
    }
    Map<HsRevision, Map<Integer, Integer>> steps = new EnumMap<>(HsRevision.class);
    Map<Integer, Integer> groups = new HashMap<>();
    Set<Integer> latest = new TreeSet<>();
    for (var e : byStep.entrySet()) {
      boolean last = e.getKey().ordinal() + 1 == HsRevision.HS2022.ordinal();
      UnionFind splits = new UnionFind();
      steps.put(e.getKey(), Collections.unmodifiableMap(mainTargets(e.getValue(), splits)));
      if (last) {
        e.getValue().forEach(p -> latest.add(p.newer()));
        groups.putAll(splits.roots());
      }
    }
    return new HsConcordance(steps, Collections.unmodifiableMap(groups), latest);
  }

  private static Map<Integer, Integer> mainTargets(List<Pair> pairs, UnionFind splits) {
    Map<Integer, Map<Integer, String>> targets = new TreeMap<>();
    for (Pair p : pairs) {
      targets.computeIfAbsent(p.older(), k -> new TreeMap<>()).put(p.newer(), p.relationship());
    }
    Map<Integer, Integer> out = new HashMap<>();
    targets.forEach((older, t) -> out.put(older, mainTarget(older, t, splits)));
    return out;
  }

  private static int mainTarget(int older, Map<Integer, String> targets, UnionFind splits) {
    if (targets.containsKey(older)) {
      return older;
    }
    if (targets.size() == 1) {
      return targets.keySet().iterator().next();
    }
    List<Integer> whole = new ArrayList<>();
    targets.forEach(
        (code, rel) -> {
          if (!rel.equals("n:n")) {
            whole.add(code);
          }
        });
    if (whole.size() == 1) {
      return whole.get(0);
    }
    List<Integer> parts = whole.isEmpty() ? successors(older, targets.keySet()) : whole;
    int first = parts.get(0);
    parts.forEach(code -> splits.union(first, code));
    return first;
  }

  /**
   * The codes that succeed an older code with only many-to-many relations: those of its heading,
   * else of its chapter, else all (many-to-many pairs also list codes that only took a sliver).
   */
  private static List<Integer> successors(int older, Set<Integer> targets) {
    for (int divisor : new int[] {100, 10000}) {
      List<Integer> same = targets.stream().filter(t -> t / divisor == older / divisor).toList();
      if (!same.isEmpty()) {
        return same;
      }
    }
    return new ArrayList<>(targets);
  }

  /**
   * The comparable HS2022 key of an HS6 code (as an integer, {@code 010121} as {@code 10121}), or
   * empty when the concordance does not know the code in that revision.
   */
  public OptionalInt toAnalysisKey(HsRevision revision, int hs6) {
    int code = hs6;
    for (int r = revision.ordinal(); r < HsRevision.HS2022.ordinal(); r++) {
      Map<Integer, Integer> step = stepToNext.get(HsRevision.values()[r]);
      Integer next = step == null ? null : step.get(code);
      if (next == null) {
        return OptionalInt.empty();
      }
      code = next;
    }
    if (revision == HsRevision.HS2022 && !latest.contains(code)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(groupOf.getOrDefault(code, code));
  }

  /** True if {@code key} stands for a group of HS2022 codes merged because of a split. */
  public boolean isGroup(int key) {
    return groupOf.containsValue(key);
  }

  /** The HS2022 codes of the group keyed by {@code key}, or just {@code key}. */
  public Set<Integer> members(int key) {
    Set<Integer> out = new TreeSet<>();
    groupOf.forEach(
        (code, root) -> {
          if (root == key) {
            out.add(code);
          }
        });
    if (out.isEmpty()) {
      out.add(key);
    }
    return out;
  }

  /** Every HS2022 code merged into a group, mapped to its group key (the key maps to itself). */
  public Map<Integer, Integer> groups() {
    return groupOf;
  }

  /** The revisions the concordance can convert from. */
  public Set<HsRevision> revisions() {
    Set<HsRevision> out = new TreeSet<>(stepToNext.keySet());
    out.add(HsRevision.HS2022);
    return out;
  }

  /** Disjoint sets of codes whose representative is the smallest member. */
  private static final class UnionFind {
    private final Map<Integer, Integer> parent = new HashMap<>();

    int find(int x) {
      int p = parent.getOrDefault(x, x);
      if (p == x) {
        return x;
      }
      int root = find(p);
      parent.put(x, root);
      return root;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent.put(Math.max(ra, rb), Math.min(ra, rb));
        parent.putIfAbsent(Math.min(ra, rb), Math.min(ra, rb));
      }
    }

    Map<Integer, Integer> roots() {
      Map<Integer, Integer> out = new HashMap<>();
      for (int x : new ArrayList<>(parent.keySet())) {
        out.put(x, find(x));
      }
      return out;
    }
  }
}
