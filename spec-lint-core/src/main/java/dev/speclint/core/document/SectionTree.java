package dev.speclint.core.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Builds the section tree from the document's headings in order. */
public final class SectionTree {

    private SectionTree() {
    }

    /**
     * Links {@code headings} into a tree: a heading's section ends before the next heading of the
     * same or a higher level (or at {@code lastLine}); deeper headings inside it are its children.
     *
     * @return the root sections, in document order
     */
    public static List<Section> build(List<Heading> headings, int lastLine) {
        int n = headings.size();
        int[] endLines = new int[n];
        // a heading ends where the next heading of level <= its own starts: one pass with a stack
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            Heading h = headings.get(i);
            while (!open.isEmpty() && headings.get(open.peek()).level() >= h.level()) {
                endLines[open.pop()] = h.line() - 1;
            }
            open.push(i);
        }
        while (!open.isEmpty()) {
            endLines[open.pop()] = lastLine;
        }
        List<Section> roots = new ArrayList<>();
        Deque<Section> stack = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            Heading h = headings.get(i);
            Section section = new Section(h.level(), h.title(), h.line(), h.column(), endLines[i], h.ownContent());
            while (!stack.isEmpty() && stack.peek().level() >= h.level()) {
                stack.pop();
            }
            if (stack.isEmpty()) {
                roots.add(section);
            } else {
                stack.peek().addChild(section);
            }
            stack.push(section);
        }
        return roots;
    }
}
