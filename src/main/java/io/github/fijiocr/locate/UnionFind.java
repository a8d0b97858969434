package io.github.fijiocr.locate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups of parts joined pairwise, merged into one part per group. */
final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    void join(int a, int b) {
        parent[find(a)] = find(b);
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** One part per group, in the order of each group's first member. */
    List<Part> merge(List<Part> parts) {
        Map<Integer, Part> groups = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Part root = groups.get(find(i));
            if (root == null) {
                groups.put(find(i), parts.get(i));
            } else {
                root.absorb(parts.get(i));
            }
        }
        return new ArrayList<>(groups.values());
    }
}
