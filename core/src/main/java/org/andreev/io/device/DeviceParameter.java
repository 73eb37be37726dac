package org.andreev.io.device;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;

/**
 * One parameter of a device, declared once in its {@link DeviceTable}: the device-file key, what its
 * value is (a quantity of a {@link Dimension}, or one word of a fixed list), whether it is required,
 * has a default or may be absent, which values are allowed (&gt; 0 by default, ≥ 0, any sign, +∞,
 * a rule over the whole device), whether a fit may free it, a one-line comment (for the device file,
 * {@code params} and {@code --help}) and how to read it off the device record ({@link Accessor}:
 * a method reference names the record component the parameter fills).
 *
 * <p>Values are SI {@link Double}s for quantities and the canonical word (a {@link String}) for
 * words. Build with {@link #quantity}, {@link #word} and the modifiers, e.g.
 * {@code quantity("leak", RESISTANCE, "leakage resistance", Resistor::leak).orElse(inf).orInfinite()}.
 * Every message about a value names the key, spelled here and nowhere else.
 *
 * @param <D> the device record (or, inside a {@link DeviceTable#group group}, the component's type)
 */
public record DeviceParameter<D>(String key, Dimension dimension, List<String> words, Class<? extends Enum<?>> type,
        String comment, Function<D, Object> accessor, String component, Presence presence, Object defaultValue,
        boolean infinite, boolean fittable, double infiniteStart, Bound bound, Rule<D> rule,
        Function<DeviceValues, Object> group) {

    /** Whether a device file must give the parameter. */
    public enum Presence {
        /** The file (or an option) must give it. */
        REQUIRED,
        /** Absent means {@link #defaultValue()}. */
        DEFAULT,
        /** It may be absent (the device then has none, e.g. no probe junction). */
        OPTIONAL
    }

    /** Which finite values a quantity takes (+∞ is allowed only with {@link #orInfinite()}). */
    public enum Bound {
        /** &gt; 0, the default of {@link #quantity}. */
        POSITIVE,
        /** ≥ 0. */
        NON_NEGATIVE,
        /** Any finite value. */
        ANY
    }

    /**
     * A condition on the whole device, said in words ("in (0, 1) for the plain form").
     *
     * @param test whether the device satisfies it
     * @param text what the value must be
     */
    public record Rule<D>(Predicate<D> test, String text) {}

    /**
     * Validates the declaration. The components: the device-file key (lower snake case); the
     * dimension of a quantity or null for a word; the words a word accepts (canonical first in each
     * {@code a|b}); the enum a word's component holds, or null; a one-line comment; the value on a
     * device (SI Double or word, null where it has none); the record component it fills (its
     * group's for a part of a group), or null; whether it is required, defaulted or optional; the
     * default; whether +∞ is allowed; whether a fit may free it and where it then starts from +∞
     * (NaN: it cannot); the finite values allowed; a rule over the device, or null; the builder of
     * its group, or null.
     */
    public DeviceParameter {
        if (!snakeCase(key)) {
            throw new IllegalArgumentException("a device key is lower snake case, got '" + key + "'");
        }
        words = List.copyOf(words);
        if ((dimension == null) == words.isEmpty()) {
            throw new IllegalArgumentException(key + ": a parameter is either a quantity or a word");
        }
        if ((presence == Presence.DEFAULT) != (defaultValue != null)) {
            throw new IllegalArgumentException(key + ": a default value goes with Presence.DEFAULT");
        }
        if (fittable && dimension == null) {
            throw new IllegalArgumentException(key + ": only a quantity can be fitted");
        }
        if (type != null) {
            for (String w : words) {
                constant(type, key, w.split("\\|")[0]); // every canonical word names a constant
            }
        }
    }

    /**
     * Whether {@code key} is lower snake case, {@code [a-z][a-z0-9]*(_[a-z0-9]+)*}, checked without a
     * regular expression: every table line makes several of these records at class initialisation,
     * and a regex compiled each time is measurable at start-up (docs/performance.md, "Start-up").
     */
    static boolean snakeCase(String key) {
        if (key == null || key.isEmpty() || key.charAt(0) < 'a' || key.charAt(0) > 'z') {
            return false;
        }
        char previous = key.charAt(0);
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alphanumeric && (c != '_' || previous == '_')) {
                return false;
            }
            previous = c;
        }
        return previous != '_';
    }

    private static <D> DeviceParameter<D> of(String key, Dimension dimension, List<String> words,
            Class<? extends Enum<?>> type, String comment, Function<D, Object> accessor, String component,
            Presence presence) {
        return new DeviceParameter<>(key, dimension, words, type, comment, accessor, component, presence, null, false,
                false, Double.NaN, dimension == null ? Bound.ANY : Bound.POSITIVE, null, null);
    }

    /** A copy to change one thing in. */
    private Draft<D> draft() {
        return new Draft<>(this);
    }

    /** The components of a parameter being changed by a modifier. */
    private static final class Draft<D> {
        Presence presence;
        Object defaultValue;
        boolean infinite;
        boolean fittable;
        double infiniteStart;
        Bound bound;
        Rule<D> rule;
        private final DeviceParameter<D> p;

        Draft(DeviceParameter<D> p) {
            this.p = p;
            presence = p.presence;
            defaultValue = p.defaultValue;
            infinite = p.infinite;
            fittable = p.fittable;
            infiniteStart = p.infiniteStart;
            bound = p.bound;
            rule = p.rule;
        }

        DeviceParameter<D> done() {
            return new DeviceParameter<>(p.key, p.dimension, p.words, p.type, p.comment, p.accessor, p.component,
                    presence, defaultValue, infinite, fittable, infiniteStart, bound, rule, p.group);
        }
    }

    /** A required quantity, &gt; 0 unless said otherwise, read by {@code accessor} (a record component's). */
    public static <D> DeviceParameter<D> quantity(String key, Dimension dimension, String comment,
            Accessor.OfDouble<D> accessor) {
        return of(key, dimension, List.of(), null, comment, d -> accessor.applyAsDouble(d),
                Accessor.component(accessor), Presence.REQUIRED);
    }

    /** A quantity the device may lack: {@code accessor} gives null then. */
    public static <D> DeviceParameter<D> optionalQuantity(String key, Dimension dimension, String comment,
            Accessor<D, Double> accessor) {
        return of(key, dimension, List.of(), null, comment, accessor::apply, Accessor.component(accessor),
                Presence.OPTIONAL);
    }

    /** A word out of {@code words} ({@code "a|b"} = a, also spelled b). */
    public static <D> DeviceParameter<D> word(String key, String comment, Accessor<D, String> accessor,
            String... words) {
        return of(key, null, List.of(words), null, comment, accessor::apply, Accessor.component(accessor),
                Presence.REQUIRED);
    }

    /**
     * A word that is a constant of {@code type}: each canonical word (the first of each {@code a|b})
     * is a constant's name in lower case; the record component holds the constant.
     */
    public static <D, E extends Enum<E>> DeviceParameter<D> word(String key, String comment, Accessor<D, E> accessor,
            Class<E> type, String... words) {
        Function<D, Object> read = d -> {
            E e = accessor.apply(d);
            return e == null ? null : e.name().toLowerCase(Locale.ROOT);
        };
        return of(key, null, List.of(words), type, comment, read, Accessor.component(accessor), Presence.REQUIRED);
    }

    /** This parameter with a default ({@code Double} SI or a word) used when absent. */
    public DeviceParameter<D> orElse(Object value) {
        Draft<D> c = draft();
        c.presence = Presence.DEFAULT;
        c.defaultValue = value instanceof Number n ? (Object) n.doubleValue() : value;
        return c.done();
    }

    /** This parameter with +∞ allowed ({@code inf}). */
    public DeviceParameter<D> orInfinite() {
        Draft<D> c = draft();
        c.infinite = true;
        return c.done();
    }

    /** This parameter, which a fit may free. */
    public DeviceParameter<D> fitted() {
        Draft<D> c = draft();
        c.fittable = true;
        return c.done();
    }

    /** This parameter, which a fit may free, starting at {@code start} (SI) where the device has +∞. */
    public DeviceParameter<D> fitted(double start) {
        if (!infinite || !(start > 0) || Double.isInfinite(start)) {
            throw new IllegalArgumentException(key + ": a start for +inf goes with orInfinite() and is finite > 0");
        }
        Draft<D> c = fitted().draft();
        c.infiniteStart = start;
        return c.done();
    }

    /** This quantity, which may be 0 (≥ 0). */
    public DeviceParameter<D> nonNegative() {
        Draft<D> c = draft();
        c.bound = Bound.NON_NEGATIVE;
        return c.done();
    }

    /** This quantity, which may have any sign. */
    public DeviceParameter<D> anySign() {
        Draft<D> c = draft();
        c.bound = Bound.ANY;
        return c.done();
    }

    /**
     * This parameter, whose value must also satisfy {@code test} on the whole device; refused as
     * "key must be {@code text}, got value".
     */
    public DeviceParameter<D> require(Predicate<D> test, String text) {
        Draft<D> c = draft();
        c.rule = new Rule<>(test, text);
        return c.done();
    }

    /** This parameter as part of a group read through {@code outer} and built by {@code build}. */
    <O> DeviceParameter<O> inGroup(Function<O, D> outer, String outerComponent, boolean optional,
            Function<DeviceValues, Object> build) {
        if (rule != null) {
            throw new IllegalArgumentException(key + ": a rule inside a group is not supported");
        }
        Function<D, Object> inner = accessor;
        return new DeviceParameter<>(key, dimension, words, type, comment, o -> {
            D d = outer.apply(o);
            return d == null ? null : inner.apply(d);
        }, outerComponent, optional ? Presence.OPTIONAL : presence, defaultValue, infinite, fittable, infiniteStart,
                bound, null, build);
    }

    /** The constant of {@link #type} named by the canonical {@code word}. */
    Object enumConstant(String word) {
        return constant(type, key, word);
    }

    private static Object constant(Class<? extends Enum<?>> type, String key, String word) {
        for (Enum<?> e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(word)) {
                return e;
            }
        }
        throw new IllegalArgumentException(key + ": '" + word + "' names no constant of " + type.getSimpleName());
    }

    /**
     * Why {@code value} (SI Double or word, null if absent) is not allowed for this parameter on its
     * own, as "key must be …, got …", or null when it is.
     */
    String refusal(Object value) {
        if (value == null) {
            return presence == Presence.OPTIONAL ? null
                    : key + " must be " + (dimension == null ? String.join(", ", choices()) : "given");
        }
        if (!(value instanceof Double v)) {
            return null;
        }
        String unit = dimension == Dimension.DIMENSIONLESS ? "" : " " + dimension.commonUnits().get(0);
        String inf = infinite ? " (or inf)" : "";
        boolean ok = switch (bound) {
            case POSITIVE -> v > 0;
            case NON_NEGATIVE -> v >= 0;
            case ANY -> !Double.isNaN(v);
        } && (infinite ? v != Double.NEGATIVE_INFINITY : Double.isFinite(v));
        if (ok) {
            return null;
        }
        return key + " must be " + switch (bound) {
            case POSITIVE -> "> 0" + unit + inf;
            case NON_NEGATIVE -> ">= 0" + unit + inf;
            case ANY -> "finite" + inf;
        } + ", got " + v;
    }

    /** Why {@code device} breaks this parameter's rule, or null. */
    String ruleRefusal(D device) {
        return rule == null || rule.test().test(device) ? null
                : key + " must be " + rule.text() + ", got " + accessor.apply(device);
    }

    /** The command-line option: {@code --} and the key in kebab case ({@code --sigma-eph}). */
    public String option() {
        return "--" + key.replace('_', '-');
    }

    /** The canonical words, for help and messages ({@code end | middle | extended}). */
    public List<String> choices() {
        return words.stream().map(w -> w.split("\\|")[0]).toList();
    }

    /** What to write for the value in help ({@code LENGTH|inf}, {@code end|middle|extended}). */
    public String label() {
        if (dimension == null) {
            return String.join("|", choices());
        }
        String base = dimension == Dimension.DIMENSIONLESS ? "NUMBER"
                : dimension.name().replace("ELECTRON_PHONON_COUPLING", "SIGMA").replace("KAPITZA_COUPLING", "KA")
                        .replace("DENSITY_OF_STATES", "DOS").replace("DIFFUSION_CONSTANT", "DIFFUSION");
        return infinite ? base + "|inf" : base;
    }

    /**
     * The value of {@code text}: SI for a quantity (a bare number is SI; {@code inf}, {@code infinity}
     * or YAML's {@code .inf} where allowed), the canonical word for a word.
     *
     * @throws IllegalArgumentException with a one-line message saying what the value must be
     */
    public Object parse(String text) {
        String t = text.strip();
        if (dimension == null) {
            String lower = t.toLowerCase(Locale.ROOT);
            for (String group : words) {
                List<String> spellings = List.of(group.split("\\|"));
                if (spellings.contains(lower)) {
                    return spellings.get(0);
                }
            }
            List<String> c = choices();
            throw new IllegalArgumentException("'" + shown(t) + "' is not "
                    + String.join(", ", c.subList(0, c.size() - 1)) + (c.size() > 1 ? " or " : "") + c.get(c.size() - 1));
        }
        if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity") || t.equalsIgnoreCase(".inf")
                || t.equalsIgnoreCase("+inf") || t.equalsIgnoreCase("+.inf")) {
            if (!infinite) {
                throw new IllegalArgumentException("must be finite (inf is allowed only for the keys that say so)");
            }
            return Double.POSITIVE_INFINITY;
        }
        return Quantity.parse(t, dimension);
    }

    /** The value as device-file text: the quantity in a readable unit that reads back exactly, or the word. */
    public String format(Object value) {
        return value instanceof Double d ? Quantity.formatExact(d, dimension) : value.toString();
    }

    @Override
    public String toString() {
        return "DeviceParameter[" + key + "]";
    }

    /** {@code text} from a user made printable and short (60 characters) for a one-line message. */
    static String shown(String text) {
        return printable(text, 60);
    }

    /** {@code text} with control, format and unassigned characters as {@code ?}, cut to {@code max} characters. */
    static String printable(String text, int max) {
        String s = String.valueOf(text).replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]", "?");
        return s.length() > max ? s.substring(0, max - 3) + "..." : s;
    }
}
