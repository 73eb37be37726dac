package org.andreev.io.device;

import java.io.Serializable;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * How a {@link DeviceParameter} reads its value off the device record: a method reference to one
 * of the record's accessors ({@code CoolerDevice::rLeak}), or a lambda for a value derived from a
 * component. Accessors are serializable so that the table can tell which record component a method
 * reference reads ({@link #component}); that is how a {@link DeviceTable} builds the record from
 * its parameters and checks that every component has exactly one parameter (or one group).
 *
 * @param <D> the record
 * @param <T> the value read
 */
@FunctionalInterface
public interface Accessor<D, T> extends Function<D, T>, Serializable {

    /** An accessor of a {@code double} component. */
    @FunctionalInterface
    interface OfDouble<D> extends ToDoubleFunction<D>, Serializable {}

    /**
     * The name of the record component (accessor method) {@code reference} reads, or null when it is
     * not a method reference to an instance method without arguments (a lambda).
     */
    static String component(Serializable reference) {
        SerializedLambda s = serialized(reference);
        if (s == null || s.getImplMethodKind() != MethodHandleInfo.REF_invokeVirtual
                || !s.getImplMethodSignature().startsWith("()") || s.getImplMethodName().startsWith("lambda$")) {
            return null;
        }
        return s.getImplMethodName();
    }

    /** The binary name of the class whose method {@code reference} calls, or null. */
    static String owner(Serializable reference) {
        SerializedLambda s = serialized(reference);
        return s == null ? null : s.getImplClass().replace('/', '.');
    }

    private static SerializedLambda serialized(Serializable reference) {
        try {
            Method m = reference.getClass().getDeclaredMethod("writeReplace");
            m.setAccessible(true);
            return m.invoke(reference) instanceof SerializedLambda s ? s : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
