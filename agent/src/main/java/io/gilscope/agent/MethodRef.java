package io.gilscope.agent;

/** A {@code pkg.Class#method} named in an option. */
record MethodRef(String className, String methodName) {
    static MethodRef parse(String text) {
        int hash = text.indexOf('#');
        if (hash <= 0 || hash == text.length() - 1 || text.indexOf('#', hash + 1) >= 0) {
            throw new IllegalArgumentException("'" + text + "' is not pkg.Class#method");
        }
        String c = text.substring(0, hash).trim();
        String m = text.substring(hash + 1).trim();
        if (!c.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*") || !m.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*")) {
            throw new IllegalArgumentException("'" + text + "' is not pkg.Class#method");
        }
        return new MethodRef(c, m);
    }

    @Override
    public String toString() { return className + "#" + methodName; }
}
