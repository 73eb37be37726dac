package org.andreev.cli.nis;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.andreev.cli.ColumnOptions;
import org.andreev.cli.ExistingFile;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.QuantityConverter;
import org.andreev.cli.Sweep;
import org.andreev.cli.FitOptions;
import org.andreev.fit.FitData;
import org.andreev.fit.FitException;
import org.andreev.fit.FitReport;
import org.andreev.fit.FitReportWriter;
import org.andreev.fit.PointSelection;
import org.andreev.io.ColumnRef;
import org.andreev.io.ColumnSpec;
import org.andreev.io.Curve;
import org.andreev.io.CurveMap;
import org.andreev.io.DataFile;
import org.andreev.io.InputException;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.tunnel.NisDos;
import org.andreev.tunnel.NisFit;
import org.andreev.tunnel.NisFitStarts;
import org.andreev.tunnel.NisFitMode;
import org.andreev.tunnel.NisFitResult;
import org.andreev.tunnel.NisMapFit;
import org.andreev.tunnel.NisMapPoint;
import org.andreev.tunnel.NisMapResult;
import org.andreev.units.Dimension;
import org.andreev.units.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** Fits an N-I-S model to a measured I(V) or dI/dV(V), or to every curve of a map: {@link NisFit}. */
@Command(
        name = "fit",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Fit the N-I-S model (physics.md A2, A3) to a measured I(V), or dI/dV(V) when the y column is a"
                    + " conductance (its unit S or G0, from --y-unit or the header). Parameters: te (T_N, K),"
                    + " delta (Δ, J), rt (R_T, Ohm), dynes (γ/Δ), h (exchange splitting, J), offset (bias offset,"
                    + " V). --free lists the fitted ones (default te). A parameter given as an option starts there"
                    + " if free, else is held there. te, delta and rt, when neither given nor free, are read off"
                    + " the curve and fitted too (never held at a guess; the report marks them 'added'); dynes,"
                    + " h and offset are held at 0 (BCS, no splitting, no offset) unless free or given.",
            "Output: a report like lmfit's fit_report (every parameter with value, sigma, start and where it"
                    + " came from; chi2, chi2red, AIC, BIC, correlations, residual tests, how the covariance was"
                    + " scaled); with --json {\"te\":{\"value\":...,\"sigma\":...,...},...,\"chi2red\":...,...}"
                    + " in SI; with --csv one row te[K],te_sigma[K],...,chi2red[1].",
            "With --map-by COLUMN, the file is a long-format map (one row per point: control value, V,"
                    + " y); every curve is fitted and one CSV row per control value is written (--json: a list"
                    + " of reports). Curves with no gap, or whose fit fails, are named on stderr and left out;"
                    + " --plot draws the first parameter of --free against the control value.",
            "With the Andreev term (--seed-004-probe, --device FILE, or all of --m, --lphi, --diffusion, --dos-total,"
                    + " --wire-width, --wire-thickness) the model is I_qp + I_A (physics.md A4; seed 004 Fig. 2 left):"
                    + " m (M), lphi (L_φ, m) and diffusion (D, m²/s) may be free too, starting from the given values;"
                    + " dos_total and the wire are held; every one is reported. A device's delta, rt (and a non-zero"
                    + " dynes, h) are given values unless --delta, --rt, ... say otherwise.",
            "A fit that does not converge ends with one line on stderr and exit code 3."
        },
        footer = {
            "",
            "Examples:",
            "  andreev nis fit probe-iv.csv --delta 0.228meV --rt 2.76kOhm --free te --json",
            "  andreev nis fit seed-probe-iv.csv --seed-004-probe --m 1 --lphi 1um --free te,delta,m,lphi \\",
            "      --units natural",
            "  andreev nis fit probe-iv.csv --free te,delta,rt --units natural --conf-interval \\",
            "      --range -0.35mV:0.35mV --residuals res.csv --plot fit.png",
            "  andreev nis fit S1_run16_cuts_B0_and_Bm200mT.csv --x Vcorr_mV --x-unit mV \\",
            "      --y G_B0_G0 --y-unit G0 --free delta,h,te,dynes,rt --json --plot fit.png",
            "  andreev nis fit S1_run16_cuts_B0_and_Bm200mT.csv --x Vcorr_mV --x-unit mV --y G_B0_G0 \\",
            "      --y-unit G0 --dos usadel --te 40mK --free delta,h,sf,so,xn,rt --units natural --starts 4",
            "  andreev nis fit S1_run16_map_B_V_G.csv --map-by B_T --x Vbias_V --y G_G0 \\",
            "      --free delta,h,te,dynes,rt --out fits-vs-B.csv"
        })
public final class NisFitCommand implements Callable<Integer>, NisDeviceOptions.OwnKeys {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", converter = ExistingFile.class,
            description = "Measured curve (or map): CSV, TSV or whitespace columns with a header.")
    Path file;

    @Mixin
    ColumnOptions columns;

    @Mixin
    FitOptions fitOptions;

    @Option(names = "--te", paramLabel = "TEMPERATURE", converter = QuantityConverter.Temperature.class,
            description = "Electron temperature of N: start value (free) or held value.")
    Double te;

    @Option(names = "--delta", paramLabel = "ENERGY", converter = QuantityConverter.Gap.class,
            description = "Gap Δ, e.g. 0.2meV: start or held value.")
    Double delta;

    @Option(names = "--rt", paramLabel = "RESISTANCE", converter = QuantityConverter.Resistance.class,
            description = "Tunnel resistance R_T, e.g. 2kOhm: start or held value.")
    Double rt;

    @Option(names = "--dynes", paramLabel = "RATIO", converter = QuantityConverter.Dynes.class,
            description = "Dynes γ/Δ: start or held value (held at 0 unless free or given).")
    Double dynes;

    @Option(names = "--h", paramLabel = "ENERGY", converter = QuantityConverter.Energy.class,
            description = "Exchange splitting h, e.g. 20ueV: start or held value (held at 0 unless free or given).")
    Double h;

    @Option(names = "--offset", paramLabel = "VOLTAGE", converter = QuantityConverter.Voltage.class,
            description = "Bias offset, e.g. 5uV: start or held value (held at 0 unless free or given).")
    Double offset;

    @Option(names = "--dos", paramLabel = "MODEL", defaultValue = "dynes",
            description = "Density of states: dynes (spin-split Dynes, physics.md A1; default) or usadel (spin-orbit,"
                    + " spin-flip and orbital scattering and a normal fraction, physics.md A8: parameters so, sf,"
                    + " orb, xn too).")
    NisDos dos;

    @Option(names = "--so", paramLabel = "ENERGY", converter = QuantityConverter.Energy.class,
            description = "usadel: spin-orbit rate ħ/τ_so as an energy, e.g. 10ueV (held at 0 unless free or given).")
    Double so;

    @Option(names = "--sf", paramLabel = "ENERGY", converter = QuantityConverter.Energy.class,
            description = "usadel: spin-flip rate ħ/τ_sf as an energy (held at 0 unless free or given).")
    Double sf;

    @Option(names = "--orb", paramLabel = "ENERGY", converter = QuantityConverter.Energy.class,
            description = "usadel: orbital depairing rate ħ/τ_orb as an energy (held at 0 unless free or given).")
    Double orb;

    @Option(names = "--xn", paramLabel = "FRACTION", converter = QuantityConverter.Ratio.class,
            description = "usadel: normal fraction x_N of the junction in parallel, in [0, 1] (held at 0 unless free"
                    + " or given).")
    Double xn;

    @Option(names = "--starts", paramLabel = "N", defaultValue = "1",
            description = "Fit from N starting points in parallel and keep the converged end of lowest chi-square"
                    + " (1 to " + NisFitStarts.MAX_STARTS + ", default ${DEFAULT-VALUE}): the automatic start; for"
                    + " --dos usadel with free sf or so, the starts (sf, so) = (0.02, 0.4), (0.3, 0.02), (0.15, 0.15)·Δ;"
                    + " then points spread around the automatic start (T_e, Δ, R_T within a factor 2, h up to 0.5Δ,"
                    + " ...). Given values never move. The report notes how many ends agree.")
    int starts;

    @Option(names = "--map-by", paramLabel = "COLUMN",
            description = "Fit a long-format map: the column of the control value (e.g. B_T), one curve per value.")
    String mapBy;

    @Option(names = "--map-unit", paramLabel = "UNIT", defaultValue = "",
            description = "Unit of the --map-by column, e.g. mT or mK (default: from the header; a magnetic"
                    + " field when the header has no unit).")
    String mapUnit;

    @Option(names = "--plot-params", paramLabel = "NAMES", split = ",",
            description = "With --map-by: the parameters --plot draws against the control value, all of one"
                    + " quantity, e.g. delta,h (default: the first of --free).")
    List<String> plotParams;

    @Option(names = "--compare", paramLabel = "FILE",
            description = "With --map-by and --plot: values from elsewhere (e.g. the authors' fits) drawn beside the"
                    + " fitted ones: a CSV whose header names the control column as the map's table does (B or T)"
                    + " and parameter columns as --plot-params, units in brackets (B[mT],delta[meV],h[meV]);"
                    + " rows whose value is 0 (a normal curve) are left out.")
    Path compare;

    @Mixin
    OutputOptions output;

    /** The Andreev term's options (--m, --lphi, ...), --device FILE, --seed-004-probe (physics.md A4). */
    @Mixin
    NisDeviceOptions junction;

    /** The junction's keys this command declares itself (start or held values of the fit). */
    @Override
    public java.util.Set<String> ownDeviceKeys() {
        return java.util.Set.of("delta", "rt", "dynes", "h");
    }

    private org.andreev.tunnel.NisDevice device;
    private boolean deviceRead;

    /**
     * The junction of --device / --seed-004-probe and the device options, or null when none is given:
     * its Δ, R_T, γ/Δ, h are given values of the fit unless the fit's own option gives them, and its
     * Andreev term is added to the model. Without a base device only the Andreev term is read from the
     * options; Δ and R_T then come from the fit alone (the term does not depend on them: the values
     * passed to build it are not used).
     */
    private org.andreev.tunnel.NisDevice device() {
        if (deviceRead) {
            return device;
        }
        deviceRead = true;
        if (!junction.hasBase() && junction.overrides().isEmpty()) {
            return null;
        }
        Map<String, String> own = new LinkedHashMap<>();
        Map<String, Double> given = Map.of("delta", delta == null ? Double.NaN : delta, "rt", rt == null ? Double.NaN : rt,
                "dynes", dynes == null ? Double.NaN : dynes, "h", h == null ? Double.NaN : h);
        given.forEach((k, v) -> {
            if (!Double.isNaN(v)) {
                own.put(k, Double.toString(v));
            }
        });
        if (!junction.hasBase()) {
            own.putIfAbsent("delta", "1"); // not used: only the Andreev term is taken from a device without a base
            own.putIfAbsent("rt", "1");
        }
        device = junction.device(own);
        return device;
    }

    @Override
    public Integer call() throws Exception {
        freeNames(); // refuse a bad --free, or an option a map does not take, before reading the file
        if (starts < 1 || starts > NisFitStarts.MAX_STARTS) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--starts': " + starts
                    + " is not a number of starts: expected 1 to " + NisFitStarts.MAX_STARTS);
        }
        if (mapBy != null) {
            if (starts != 1) {
                throw new ParameterException(spec.commandLine(), "option --starts applies to the fit of one curve,"
                        + " not to a map (--map-by), which starts each curve from its neighbour's result");
            }
            fitOptions.refuseForMaps();
        } else if (plotParams != null || compare != null) {
            throw new ParameterException(spec.commandLine(), (plotParams != null ? "--plot-params" : "--compare")
                    + " applies to a map (--map-by)");
        }
        for (String n : plotParams == null ? List.<String>of() : plotParams) {
            if (!freeNames().contains(n)) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--plot-params': '" + n
                        + "' is not fitted; use one of --free: " + String.join(", ", freeNames()));
            }
            if (NisFit.dimension(n) != NisFit.dimension(plotParams.get(0))) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--plot-params': '" + n
                        + "' is not the same quantity as '" + plotParams.get(0) + "' (one axis)");
            }
        }
        DataFile data = DataFile.read(file);
        NisFitMode mode = mode(data);
        Dimension yDim = mode == NisFitMode.CONDUCTANCE ? Dimension.CONDUCTANCE : Dimension.CURRENT;
        if (mapBy != null) {
            return fitMap(data, fit(mode), yDim);
        }
        FitData curve = fitOptions.data(data, columns, yDim);
        NisFitResult result = new NisFitStarts(fit(mode).withConfidenceIntervals(fitOptions.confidenceLevel()))
                .fit(curve.x(), curve.y(), curve.sigma(), starts).best();
        if (!result.converged()) {
            throw new FitException(file + ": N-I-S fit did not converge: " + result.message(), result.fit());
        }
        FitReport report = fitOptions.annotate(result.report(), data.rowCount());
        fitOptions.write(report, output);
        fitOptions.plot(output, () -> report, file.getFileName() + String.format(Locale.ROOT, ": T_e = %.1f mK",
                result.estimate("te").value() * 1e3));
        return 0;
    }

    /** The free parameter names in the order given with --free, checked. */
    private List<String> freeNames() {
        boolean andreev = device() != null && device().hasAndreev();
        List<String> allowed = new java.util.ArrayList<>(dos.parameters());
        if (andreev) {
            allowed.addAll(org.andreev.tunnel.NisDeviceFile.ANDREEV_KEYS); // the fit says which of them may be free
        }
        // a name of the other model gets a hint; every other unknown name the shared list rule refuses
        for (String n : fitOptions.free(List.of("te"))) {
            String hint = allowed.contains(n) ? ""
                    : NisDos.USADEL.parameters().contains(n) ? " (a parameter of --dos usadel)"
                    : org.andreev.tunnel.NisDeviceFile.ANDREEV_KEYS.contains(n) ? " (a parameter of the Andreev term:"
                            + " give --m, --lphi, --diffusion, --dos-total, --wire-width, --wire-thickness, or"
                            + " --seed-004-probe, or --device FILE)" : "";
            if (!hint.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--free': unknown"
                        + " parameter '" + n + "'" + hint + "; use " + String.join(", ", allowed));
            }
        }
        return fitOptions.free(List.of("te"), allowed);
    }

    /** The fit the options describe: free names, and the values given as start (free) or held values. */
    private NisFit fit(NisFitMode mode) {
        org.andreev.tunnel.NisDevice d = device();
        NisFit f = NisFit.of(mode).withDos(dos);
        if (d != null && d.hasAndreev()) {
            if (dos != NisDos.DYNES) {
                throw new ParameterException(spec.commandLine(), "the Andreev term (--m, --lphi, ...: physics.md A4)"
                        + " goes with --dos dynes, not --dos " + dos.name().toLowerCase(Locale.ROOT));
            }
            f = f.withAndreev(d.andreev());
        }
        f = f.withFree(new LinkedHashSet<>(freeNames()));
        Map<String, Double> given = new LinkedHashMap<>();
        given.put("te", te);
        given.put("delta", delta);
        given.put("rt", rt);
        given.put("dynes", dynes);
        given.put("h", h);
        given.put("offset", offset);
        given.put("so", so);
        given.put("sf", sf);
        given.put("orb", orb);
        given.put("xn", xn);
        for (Map.Entry<String, Double> e : given.entrySet()) {
            if (e.getValue() != null && !dos.parameters().contains(e.getKey())) {
                throw new ParameterException(spec.commandLine(), "option '--" + e.getKey()
                        + "' belongs to --dos usadel (this fit uses --dos " + dos.name().toLowerCase(Locale.ROOT) + ")");
            }
            if (e.getValue() != null) {
                boolean logarithmic = List.of("te", "delta", "rt", "dynes").contains(e.getKey());
                if (logarithmic && e.getValue() == 0 && f.free().contains(e.getKey())) {
                    throw new ParameterException(spec.commandLine(), "Invalid value for option '--" + e.getKey()
                            + "': a free parameter must start > 0 (it is fitted in logarithm)");
                }
                f = f.withValue(e.getKey(), e.getValue());
            }
        }
        if (d != null && junction.hasBase()) {
            // the base device's junction values are given values of the fit where the fit's options are silent
            Map<String, Double> base = new LinkedHashMap<>();
            base.put("delta", d.delta());
            base.put("rt", d.rT());
            if (d.dynes() != 0) {
                base.put("dynes", d.dynes());
            }
            if (d.exchange() != 0) {
                base.put("h", d.exchange());
            }
            for (Map.Entry<String, Double> e : base.entrySet()) {
                if (given.get(e.getKey()) == null) {
                    f = f.withValue(e.getKey(), e.getValue());
                }
            }
        }
        return f;
    }

    /**
     * Conductance when the y unit (option, else header) is one of conductance, current otherwise. A
     * header unit given as a suffix (G_G0) counts when it is a conductance unit other than plain S.
     */
    private NisFitMode mode(DataFile data) {
        return columns.yIsConductance(data) ? NisFitMode.CONDUCTANCE : NisFitMode.CURRENT;
    }

    private Integer fitMap(DataFile data, NisFit fit, Dimension yDim) throws Exception {
        Dimension outerDim = mapDimension();
        ColumnSpec outer = new ColumnSpec(ColumnRef.parse(mapBy), outerDim, mapUnit);
        CurveMap map = selected(data.curveMap(outer, columns.xSpec(), columns.ySpec(yDim)));
        // the comparison table is read (and its columns checked) before the long fit
        DataFile other = compare == null ? null : DataFile.read(compare);
        if (other != null) {
            String fieldColumn = outerDim == Dimension.MAGNETIC_FIELD ? "B" : outerDim == Dimension.TEMPERATURE ? "T" : "key";
            other.column(ColumnSpec.of(fieldColumn, outerDim));
            for (String n : plotParams != null ? plotParams : List.of(freeNames().get(0))) {
                other.column(ColumnSpec.of(n, NisFit.dimension(n)));
            }
        }
        NisMapResult result = Sweep.tracked("nis fit: " + map.size() + " curves", map.size(),
                progress -> NisMapFit.of(fit).fit(map, progress));
        String fieldName = outerDim == Dimension.MAGNETIC_FIELD ? "B" : outerDim == Dimension.TEMPERATURE ? "T" : "key";
        reportLeftOut(result, fieldName, Unit.si(outerDim).symbol());
        if (result.withStatus(NisMapPoint.Status.FITTED).isEmpty()) {
            throw new FitException(file + ": no curve of the map could be fitted", null);
        }
        if (fitOptions.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (NisMapPoint p : result.withStatus(NisMapPoint.Status.FITTED)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put(fieldName, p.field());
                row.putAll(FitReportWriter.json(p.result().report()));
                rows.add(row);
            }
            output.write(JsonMapper.builder().build().writeValueAsString(rows));
        } else {
            output.write(result.table(fieldName, outerDim, fitOptions.units()));
        }
        output.plot(() -> mapPlot(result, fieldName, outerDim, other));
        return 0;
    }

    /** The map with every curve restricted to the points --range and --exclude keep. */
    private CurveMap selected(CurveMap map) {
        PointSelection s = fitOptions.selection();
        if (s.all()) {
            return map;
        }
        List<Curve> curves = new ArrayList<>();
        for (Curve c : map.curves()) {
            FitData d = s.apply(FitData.of(c.x(), c.y()), Dimension.VOLTAGE);
            curves.add(new Curve(d.x(), d.y()));
        }
        return new CurveMap(map.keys(), curves);
    }

    /**
     * Names on stderr the curves left out of the table: normal ones as runs of control values (a
     * map usually has many), failed and rejected ones one per line with the reason.
     */
    private void reportLeftOut(NisMapResult result, String fieldName, String unit) {
        PrintWriter err = spec.commandLine().getErr();
        String where = spec.qualifiedName() + ": " + file + ": ";
        List<String> runs = new ArrayList<>();
        int count = 0;
        List<NisMapPoint> points = result.points();
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).status() != NisMapPoint.Status.NORMAL) {
                continue;
            }
            int j = i;
            while (j + 1 < points.size() && points.get(j + 1).status() == NisMapPoint.Status.NORMAL) {
                j++;
            }
            runs.add(i == j ? String.valueOf(points.get(i).field())
                    : points.get(i).field() + " to " + points.get(j).field());
            count += j - i + 1;
            i = j;
        }
        if (count > 0) {
            err.println(where + "left out " + count + " normal curves (no gap to fit) at " + fieldName + " = "
                    + String.join(", ", runs) + " " + unit);
        }
        for (NisMapPoint p : points) {
            if (p.status() == NisMapPoint.Status.NOT_CONVERGED || p.status() == NisMapPoint.Status.REJECTED) {
                err.println(where + "left out " + fieldName + " = " + p.field() + " " + unit + ": " + p.message());
            }
        }
        // a fitted curve whose σ exceeds the value does not determine that parameter: say where
        Map<String, List<String>> undetermined = new java.util.TreeMap<>();
        for (NisMapPoint p : points) {
            if (p.status() == NisMapPoint.Status.FITTED) {
                p.result().estimates().forEach((name, e) -> {
                    if (!(e.sigma() <= Math.abs(e.value()))) {
                        undetermined.computeIfAbsent(name, k -> new ArrayList<>()).add(new java.math.BigDecimal(p.field())
                                .round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString());
                    }
                });
            }
        }
        undetermined.forEach((name, fields) -> err.println(where + name + " is not determined (sigma > |value|) on "
                + fields.size() + " curve" + (fields.size() == 1 ? "" : "s") + ", at " + fieldName + " = "
                + String.join(", ", fields.subList(0, Math.min(12, fields.size())))
                + (fields.size() > 12 ? ", …" : "") + " " + unit + ": those rows are in the table with their sigma"));
        err.flush();
    }

    /** The dimension of the --map-by column: that of --map-unit, else a magnetic field, else a temperature. */
    private Dimension mapDimension() {
        if (mapUnit.isEmpty()) {
            return Dimension.MAGNETIC_FIELD;
        }
        for (Dimension d : List.of(Dimension.MAGNETIC_FIELD, Dimension.TEMPERATURE, Dimension.VOLTAGE,
                Dimension.CURRENT, Dimension.DIMENSIONLESS)) {
            try {
                Unit.parse(mapUnit, d);
                return d;
            } catch (IllegalArgumentException e) {
                // try the next dimension
            }
        }
        throw new ParameterException(spec.commandLine(), "Invalid value for option '--map-unit': '" + mapUnit
                + "' is not a unit of magnetic field, temperature, voltage or current");
    }

    private Plot mapPlot(NisMapResult r, String fieldName, Dimension fieldDim, DataFile other) {
        List<NisMapPoint> fitted = r.withStatus(NisMapPoint.Status.FITTED);
        List<String> names = plotParams != null ? plotParams : List.of(freeNames().get(0));
        double[] field = fitted.stream().mapToDouble(NisMapPoint::field).toArray();
        Unit fu = Unit.readable(fieldDim, field);
        Dimension dim = NisFit.dimension(names.get(0));
        double[] all = fitted.stream().flatMapToDouble(p -> names.stream()
                .mapToDouble(n -> p.result().estimate(n).value())).toArray();
        Unit vu = Unit.readable(dim, all);
        List<Series> series = new ArrayList<>();
        List<java.awt.Color> colours = List.of(org.andreev.plot.HouseStyle.BLUE, org.andreev.plot.HouseStyle.RED,
                org.andreev.plot.HouseStyle.GREEN, org.andreev.plot.HouseStyle.ORANGE);
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            double[] value = fitted.stream().mapToDouble(p -> p.result().estimate(name).value()).toArray();
            java.awt.Color c = colours.get(k % colours.size());
            series.add(Series.points(name, fu.fromSi(field), vu.fromSi(value)).styled(c, org.andreev.plot.LineStyle.SOLID));
            if (other != null) {
                double[] x = other.column(ColumnSpec.of(fieldName, fieldDim));
                double[] y = other.column(ColumnSpec.of(name, dim));
                List<double[]> kept = new ArrayList<>();
                for (int i = 0; i < x.length; i++) {
                    if (y[i] != 0) {
                        kept.add(new double[] {x[i], y[i]});
                    }
                }
                if (!kept.isEmpty()) {
                    series.add(Series.line(name + " (" + compare.getFileName() + ")",
                            fu.fromSi(kept.stream().mapToDouble(e -> e[0]).toArray()),
                            vu.fromSi(kept.stream().mapToDouble(e -> e[1]).toArray()))
                            .styled(c, org.andreev.plot.LineStyle.DASHED));
                }
            }
        }
        return new Plot(file.getFileName().toString(), fu.label(fieldName), vu.label(String.join(", ", names)), series);
    }
}
