package be.wallonia.clusterkg.serve.http;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on its first use, once, and kept: for what the server derives from the build it serves but
 * need not compute before it answers its first request.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    private Lazy(Supplier<T> compute) {
        this.compute = Objects.requireNonNull(compute);
    }

    public static <T> Lazy<T> of(Supplier<T> compute) {
        return new Lazy<>(compute);
    }

    @Override public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) value = Objects.requireNonNull(compute.get(), "a lazy value cannot be null");
                v = value;
            }
        }
        return v;
    }
}
