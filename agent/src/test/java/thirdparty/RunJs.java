package thirdparty;

import java.io.FileReader;
import java.io.Reader;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Scriptable;

/**
 * Runs a JavaScript file (then its arguments, as {@code arguments}) with Rhino in interpreted mode, as its shell would with -opt -1 (the shell is
 * not in Rhino's main jar since 1.8). Every context is interpreted, also those of Java threads
 * running JavaScript functions, so the agent's dispatch method runs everywhere.
 */
public final class RunJs {
    private RunJs() {}

    public static void main(String[] args) throws Exception {
        ContextFactory.initGlobal(new ContextFactory() {
            @Override
            protected void onContextCreated(Context cx) {
                cx.setInterpretedMode(true);
                cx.setLanguageVersion(Context.VERSION_ES6);
                super.onContextCreated(cx);
            }
        });
        Context cx = Context.enter();
        try (Reader in = new FileReader(args[0])) {
            Scriptable scope = cx.initStandardObjects();
            Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length, Object[].class);
            scope.put("arguments", scope, cx.newArray(scope, rest));   // the script's own arguments, as the shell's
            cx.evaluateReader(scope, in, args[0], 1, null);
        } finally {
            Context.exit();
        }
    }
}
