package io.gilscope.reports.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * Mustache templates (HTML-escaping every value) and the files inlined into self-contained pages:
 * the reports' stylesheet and script, and uPlot's from its webjar, at the version the pom names.
 */
public final class Templates {
    private static final String REPORTS = "io/gilscope/reports/render";
    private static final String UPLOT = "META-INF/resources/webjars/uplot/" + uplotVersion() + "/dist/";

    private Templates() { }

    /** Renders {@code template} from the class-path folder {@code folder} (where its partials live too). */
    public static String render(String folder, String template, Map<String, Object> model) {
        Mustache m = new SafeMustacheFactory(folder).compile(template);
        StringWriter w = new StringWriter();
        m.execute(w, model);
        return w.toString();
    }

    /** The reports' stylesheet, for pages that look like a report. */
    public static String css() {
        return resource(REPORTS + "/report.css");
    }

    static String reportTemplate(String template, Map<String, Object> model) {
        return render(REPORTS, template, model);
    }

    static String appJs() {
        return resource(REPORTS + "/report.js");
    }

    public static String uplotCss() {
        return resource(UPLOT + "uPlot.min.css");
    }

    /** uPlot's script. Its licence banner's URL is the only URL in it: keep the credit, drop the scheme (no URLs offline). */
    public static String uplotJs() {
        return resource(UPLOT + "uPlot.iife.min.js").replace("https://github.com/leeoniya/uPlot", "github.com/leeoniya/uPlot (MIT)");
    }

    /** Mustache's HTML escaping, after {@link Printable#html}: no control or bidi character reaches a page. */
    private static final class SafeMustacheFactory extends DefaultMustacheFactory {
        SafeMustacheFactory(String folder) {
            super(folder);
        }

        @Override
        public void encode(String value, Writer writer) {
            super.encode(Printable.html(value), writer);
        }
    }

    private static String uplotVersion() {
        Properties p = new Properties();
        try (InputStream in = stream(REPORTS + "/versions.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("uplot.version");
    }

    /** A text file from the class path (a page's own script or stylesheet); a missing one is a broken jar. */
    public static String resource(String path) {
        try (InputStream in = stream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String path) {
        InputStream in = Templates.class.getClassLoader().getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("missing resource " + path + " (a broken gilscope-reports jar)");
        return in;
    }
}
