package org.andreev.io.device;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;

/**
 * One parameter of a device, declared once in its {@link DeviceTable}: the device-file key, what its
 * value is (a quantity of a {@link Dimension}, or one word of a fixed list), whether it is required,
 * has a default or may be absent, whether +∞ is allowed, whether a fit may free it, a one-line comment
 * (for the device file, {@code params} and {@code --help}) and how to read it off the device record.
 *
 * <p>Values are SI {@link Double}s for quantities and the canonical word (a {@link String}) for
 * words. Build with {@link #quantity}, {@link #word} and the modifiers, e.g.
 * {@code quantity("rleak", RESISTANCE, "leakage resistance", CoolerDevice::rLeak).orElse(inf).infinite()}.
 *
 * @param <D>      the device record
 * @param key      the device-file key, lower snake case ({@code sigma_eph})
 * @param dimension the dimension of a quantity, or null for a word
 * @param words    the words a word parameter accepts, canonical first in each {@code a|b} group (empty
 *                 for a quantity); {@code "regularised|regularized"} accepts both and reads the first
 * @param presence whether the parameter is required, has a default, or may be absent
 * @param defaultValue the value when absent (for {@link Presence#DEFAULT}), else null
 * @param infinite whether {@code inf} (+∞) is allowed
 * @param fittable whether a fit may free it (then it is a finite-or-∞ quantity read by {@link DeviceTable#value})
 * @param comment  what it is, one line
 * @param accessor its value on a device (SI Double or word), null where the device has none
 */
public record DeviceParameter<D>(String key, Dimension dimension, List<String> words, Presence presence,
        Object defaultValue, boolean infinite, boolean fittable, String comment, Function<D, Object> accessor) {

    /** Whether a device file must give the parameter. */
    public enum Presence {
        /** The file (or an option) must give it. */
        REQUIRED,
        /** Absent means {@link #defaultValue()}. */
        DEFAULT,
        /** It may be absent (the device then has none, e.g. no probe junction). */
        OPTIONAL
    }

    /** Validates the declaration. */
    public DeviceParameter {
        if (key == null || !key.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")) {
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
    }

    /** A required quantity. */
    public static <D> DeviceParameter<D> quantity(String key, Dimension dimension, String comment,
            ToDoubleFunction<D> accessor) {
        return new DeviceParameter<>(key, dimension, List.of(), Presence.REQUIRED, null, false, false, comment,
                d -> accessor.applyAsDouble(d));
    }

    /** A quantity the device may lack: {@code accessor} gives null then. */
    public static <D> DeviceParameter<D> optionalQuantity(String key, Dimension dimension, String comment,
            Function<D, Double> accessor) {
        return new DeviceParameter<>(key, dimension, List.of(), Presence.OPTIONAL, null, false, false, comment,
                accessor::apply);
    }

    /** A word out of {@code words} ({@code "a|b"} = a, also spelled b). */
    public static <D> DeviceParameter<D> word(String key, String comment, Function<D, String> accessor,
            String... words) {
        return new DeviceParameter<>(key, null, List.of(words), Presence.REQUIRED, null, false, false, comment,
                accessor::apply);
    }

    /** This parameter with a default ({@code Double} SI or a word) used when absent. */
    public DeviceParameter<D> orElse(Object value) {
        Object v = value instanceof Number n ? (Object) n.doubleValue() : value;
        return new DeviceParameter<>(key, dimension, words, Presence.DEFAULT, v, infinite, fittable, comment, accessor);
    }

    /** This parameter with +∞ allowed ({@code inf}). */
    public DeviceParameter<D> orInfinite() {
        return new DeviceParameter<>(key, dimension, words, presence, defaultValue, true, fittable, comment, accessor);
    }

    /** This parameter, which a fit may free. */
    public DeviceParameter<D> fitted() {
        return new DeviceParameter<>(key, dimension, words, presence, defaultValue, infinite, true, comment, accessor);
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
