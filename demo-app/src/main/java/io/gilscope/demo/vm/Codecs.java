package io.gilscope.demo.vm;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * str.encode, bytes.decode, str(b, encoding) and bytes(s, encoding): CPython's codec names and its
 * error handlers strict (UnicodeEncodeError, UnicodeDecodeError), replace, ignore, and the ones that
 * keep what cannot be coded: surrogateescape (bytes as U+DC80..U+DCFF and back, as os.fsencode uses
 * it), backslashreplace, and xmlcharrefreplace for encoding.
 */
final class Codecs {
    private Codecs() { }

    static byte[] encode(String s, Object encoding, Object errors) {
        Charset cs = charset(encoding);
        String handler = handler(errors);
        CharsetEncoder enc = cs.newEncoder();
        if (KEEPING.contains(handler)) return encodeKeeping(s, cs, handler);
        if (handler.equals("strict")) {
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                if (!enc.canEncode(new String(Character.toChars(cp)))) throw cannotEncode(cs, s, i, cp, reason(cs, true));
                i += Character.charCount(cp);
            }
        }
        CodingErrorAction action = handler.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE;
        try {
            ByteBuffer out = enc.onMalformedInput(action).onUnmappableCharacter(action).replaceWith(new byte[] {'?'}).encode(CharBuffer.wrap(s));
            byte[] b = new byte[out.remaining()];
            out.get(b);
            return b;
        } catch (CharacterCodingException e) {
            throw Errors.make(Errors.UNICODE_ENCODE_ERROR, e.getMessage());
        }
    }

    private static final java.util.Set<String> KEEPING = java.util.Set.of("surrogateescape", "backslashreplace", "xmlcharrefreplace");

    /** Encodes code point by code point, handing each one the charset cannot encode to the handler. */
    private static byte[] encodeKeeping(String s, Charset cs, String handler) {
        CharsetEncoder enc = cs.newEncoder();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (enc.canEncode(ch)) {
                out.writeBytes(ch.getBytes(cs));
            } else if (handler.equals("surrogateescape") && cp >= 0xDC80 && cp <= 0xDCFF) {
                out.write(cp - 0xDC00);
            } else if (handler.equals("backslashreplace")) {
                out.writeBytes(escape(cp).getBytes(StandardCharsets.US_ASCII));
            } else if (handler.equals("xmlcharrefreplace")) {
                out.writeBytes(("&#" + cp + ";").getBytes(StandardCharsets.US_ASCII));
            } else {
                throw cannotEncode(cs, s, i, cp, Character.isSurrogate((char) cp) ? "surrogates not allowed" : reason(cs, true));
            }
            i += Character.charCount(cp);
        }
        return out.toByteArray();
    }

    /** CPython's UnicodeEncodeError for code point cp at char index i of s. */
    private static PyException cannotEncode(Charset cs, String s, int i, int cp, String reason) {
        return Errors.make(Errors.UNICODE_ENCODE_ERROR, "'" + name(cs) + "' codec can't encode character '" + escape(cp)
                + "' in position " + s.codePointCount(0, i) + ": " + reason);
    }

    /** Decodes, handing each byte the charset cannot decode to surrogateescape or backslashreplace. */
    private static String decodeKeeping(byte[] data, Charset cs, String handler) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer out = CharBuffer.allocate(data.length * 4 + 4);
        while (true) {
            java.nio.charset.CoderResult r = dec.decode(in, out, true);
            if (!r.isError()) break;
            for (int i = 0; i < r.length(); i++) {
                int b = in.get() & 0xff;
                if (handler.equals("surrogateescape")) out.put((char) (0xDC00 + b));
                else out.put(String.format("\\x%02x", b));
            }
        }
        dec.flush(out);
        return out.flip().toString();
    }

    static String decode(byte[] data, Object encoding, Object errors) {
        Charset cs = charset(encoding);
        String handler = handler(errors);
        if (KEEPING.contains(handler) && !handler.equals("xmlcharrefreplace")) return decodeKeeping(data, cs, handler);
        CodingErrorAction action = handler.equals("strict") ? CodingErrorAction.REPORT
                : handler.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE;
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
        ByteBuffer in = ByteBuffer.wrap(data);
        try {
            return dec.decode(in).toString();
        } catch (CharacterCodingException e) {
            int at = firstBad(data, cs);
            throw Errors.make(Errors.UNICODE_DECODE_ERROR, "'" + name(cs) + "' codec can't decode byte 0x" + String.format("%02x", data[at] & 0xff)
                    + " in position " + at + ": " + reason(cs, false));
        }
    }

    /** The first byte a strict decoder stops at. */
    private static int firstBad(byte[] data, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        dec.decode(in, CharBuffer.allocate(data.length + 1), true);
        return Math.min(in.position(), data.length - 1);
    }

    private static String reason(Charset cs, boolean encoding) {
        if (cs.equals(StandardCharsets.US_ASCII)) return "ordinal not in range(128)";
        if (cs.equals(StandardCharsets.ISO_8859_1)) return "ordinal not in range(256)";
        return encoding ? "character maps to <undefined>" : "invalid start byte";
    }

    private static String escape(int cp) {
        return cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    private static String handler(Object errors) {
        String h = errors == null || errors == PyNone.NONE ? "strict" : Ops.str(errors);
        if (!h.equals("strict") && !h.equals("replace") && !h.equals("ignore") && !KEEPING.contains(h)) throw Errors.make(Errors.LOOKUP_ERROR, "unknown error handler name '" + h + "'");
        return h;
    }

    /** CPython's spelling of a codec in its messages. */
    static String name(Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) return "utf-8";
        if (cs.equals(StandardCharsets.US_ASCII)) return "ascii";
        if (cs.equals(StandardCharsets.ISO_8859_1)) return "latin-1";
        return cs.name().toLowerCase(Locale.ROOT);
    }

    /** The charset of a codec name as CPython spells them (utf-8, latin-1...), or Java's; UTF-8 for None. */
    static Charset charset(Object encoding) {
        if (encoding == null || encoding == PyNone.NONE) return StandardCharsets.UTF_8;
        String n = Ops.str(encoding).toLowerCase(Locale.ROOT).replace('_', '-');
        switch (n) {
            case "utf-8", "utf8", "u8", "utf": return StandardCharsets.UTF_8;
            case "ascii", "us-ascii", "646": return StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "l1", "cp819": return StandardCharsets.ISO_8859_1;
            default:
                try {
                    return Charset.forName(n);
                } catch (IllegalArgumentException e) {
                    throw Errors.make(Errors.LOOKUP_ERROR, "unknown encoding: " + Ops.str(encoding));
                }
        }
    }
}
