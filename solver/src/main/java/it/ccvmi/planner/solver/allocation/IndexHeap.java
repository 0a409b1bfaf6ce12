package it.ccvmi.planner.solver.allocation;

import java.util.function.IntBinaryOperator;

/**
 * A binary heap of array indices ordered by a comparator on indices: the fair split's hot loop without boxing.
 * The order may depend on mutable state only for the element at the top, which must be removed before that state
 * changes and added back afterwards.
 */
final class IndexHeap {

    private final IntBinaryOperator order;
    private final int[] heap;
    private int size;

    /** @param order negative when the first index comes out before the second */
    IndexHeap(int capacity, IntBinaryOperator order) {
        this.order = order;
        this.heap = new int[capacity];
    }

    void add(int index) {
        int child = size++;
        while (child > 0) {
            int parent = (child - 1) >>> 1;
            if (order.applyAsInt(index, heap[parent]) >= 0) {
                break;
            }
            heap[child] = heap[parent];
            child = parent;
        }
        heap[child] = index;
    }

    int removeFirst() {
        int first = heap[0];
        int last = heap[--size];
        int parent = 0;
        while (true) {
            int child = 2 * parent + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && order.applyAsInt(heap[child + 1], heap[child]) < 0) {
                child++;
            }
            if (order.applyAsInt(last, heap[child]) <= 0) {
                break;
            }
            heap[parent] = heap[child];
            parent = child;
        }
        if (size > 0) {
            heap[parent] = last;
        }
        return first;
    }
}
