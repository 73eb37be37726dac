package org.andreev.io;

import java.util.List;

/**
 * A table of numbers by columns, the form every command writes. Header names carry their SI unit
 * in brackets, e.g. {@code V[V]}, {@code I[A]}, {@code dIdV[S]}.
 *
 * <p>API CONTRACT (stub: validation and helpers to be completed).
 *
 * @param header  column names with units
 * @param columns the columns, each as long as the others
 */
public record Table(List<String> header, List<double[]> columns) {}
