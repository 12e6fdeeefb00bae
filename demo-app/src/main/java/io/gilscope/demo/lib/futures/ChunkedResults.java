package io.gilscope.demo.lib.futures;

import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyIter;

import java.util.List;
import java.util.function.Function;

/**
 * The results of calls submitted in chunks (one future per chunk, whose value is the list of its
 * results), in order, one chunk after another: the iterator behind {@code Executor.map} and
 * {@code Pool.map}/{@code imap}.
 */
public final class ChunkedResults implements PyIter {
    private final List<FutureState> chunks;
    private final Function<FutureState, Object> await;
    private int chunk;
    private int index;
    private List<Object> values;

    /** @param await waits for a chunk's future and returns its value (or throws its error) */
    public ChunkedResults(List<FutureState> chunks, Function<FutureState, Object> await) {
        this.chunks = chunks;
        this.await = await;
    }

    @Override
    public Object next() {
        while (chunk < chunks.size()) {
            if (values == null) {
                values = Ops.iterToList(await.apply(chunks.get(chunk)));
                index = 0;
            }
            if (index < values.size()) return values.get(index++);
            values = null;
            chunk++;
        }
        return null;
    }
}
