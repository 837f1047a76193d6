package io.quorate.engine;

import io.quorate.model.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The built-in profiles in a prepared binary form, so that start-up need not parse ~50 KB of YAML
 * (about a tenth of a second of a one-file check on a cold JVM). Written at build time by
 * {@code cli.Prepare} from the very {@link Profiles} the YAML gives, and read back only when the
 * checksum it records matches the YAML files in the jar; anything else (missing, stale, damaged)
 * reads as "not prepared" and the YAML is parsed as before, so the two can never disagree.
 *
 * <p>Layout (big-endian, {@link DataOutputStream}): magic, format version, CRC-32 of the sources,
 * the number of profiles, then each profile's fields and rule entries; parameter values are tagged
 * (string, int, long, double, boolean, null, date, list, map), as SnakeYAML's safe loader gives them.
 */
final class PreparedProfiles {
  static final int MAGIC = 0x51505246; // "QPRF"
  static final int VERSION = 1;

  private PreparedProfiles() {}

  /** CRC-32 of the profile sources: each id and its YAML text, in order. */
  static long checksum(Map<String, String> sources) {
    CRC32 crc = new CRC32();
    sources.forEach((id, text) -> {
      crc.update((id + "\n" + text + "\n").getBytes(StandardCharsets.UTF_8));
    });
    return crc.getValue();
  }

  static byte[] encode(Profiles profiles, long checksum) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeLong(checksum);
      List<Profile> all = profiles.all();
      out.writeInt(all.size());
      for (Profile p : all) {
        out.writeUTF(p.id());
        string(out, p.body());
        string(out, p.document());
        string(out, p.text());
        out.writeInt(p.rules().size());
        for (Profile.Entry e : p.rules().values()) {
          out.writeUTF(e.rule());
          string(out, e.source().document());
          string(out, e.source().clause());
          string(out, e.source().quote());
          value(out, e.parameters(), p.id() + ", rule " + e.rule());
          string(out, e.severity() == null ? null : e.severity().name());
          string(out, e.note());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The profiles the prepared bytes hold, or null when there are none or they do not belong to the
   * sources with this checksum (or are damaged): the caller then parses the YAML.
   */
  static Profiles decode(byte[] prepared, long checksum) {
    if (prepared == null) return null;
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(prepared))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readLong() != checksum) return null;
      Map<String, Profile> byId = new LinkedHashMap<>();
      for (int n = in.readInt(); n > 0; n--) {
        String id = in.readUTF();
        String body = string(in);
        String document = string(in);
        String text = string(in);
        Map<String, Profile.Entry> rules = new LinkedHashMap<>();
        for (int r = in.readInt(); r > 0; r--) {
          String rule = in.readUTF();
          Source source = new Source(string(in), string(in), string(in));
          @SuppressWarnings("unchecked")
          Map<String, Object> params = (Map<String, Object>) value(in);
          String severity = string(in);
          String note = string(in);
          rules.put(rule, new Profile.Entry(rule, source, params,
              severity == null ? null : Severity.valueOf(severity), note));
        }
        byId.put(id, new Profile(id, body, document, text, rules));
      }
      return in.read() == -1 ? new Profiles(byId) : null;
    } catch (IOException | RuntimeException e) {
      return null; // damaged: parse the YAML instead
    }
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) out.writeUTF(s);
  }

  private static String string(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void value(DataOutputStream out, Object v, String where) throws IOException {
    if (v == null) {
      out.writeByte('0');
    } else if (v instanceof String s) {
      out.writeByte('s');
      out.writeUTF(s);
    } else if (v instanceof Integer i) {
      out.writeByte('i');
      out.writeInt(i);
    } else if (v instanceof Long l) {
      out.writeByte('l');
      out.writeLong(l);
    } else if (v instanceof Double d) {
      out.writeByte('d');
      out.writeDouble(d);
    } else if (v instanceof Boolean b) {
      out.writeByte('b');
      out.writeBoolean(b);
    } else if (v instanceof Date d) {
      out.writeByte('t');
      out.writeLong(d.getTime());
    } else if (v instanceof List<?> list) {
      out.writeByte('[');
      out.writeInt(list.size());
      for (Object o : list) value(out, o, where);
    } else if (v instanceof Map<?, ?> map) {
      out.writeByte('{');
      out.writeInt(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalStateException("profile " + where + ": parameter key " + e.getKey() + " is not text");
        }
        out.writeUTF(key);
        value(out, e.getValue(), where);
      }
    } else {
      throw new IllegalStateException("profile " + where + ": cannot prepare a parameter value of type "
          + v.getClass().getName() + " (" + v + ")");
    }
  }

  private static Object value(DataInputStream in) throws IOException {
    int tag = in.readByte();
    switch (tag) {
      case '0': return null;
      case 's': return in.readUTF();
      case 'i': return in.readInt();
      case 'l': return in.readLong();
      case 'd': return in.readDouble();
      case 'b': return in.readBoolean();
      case 't': return new Date(in.readLong());
      case '[': {
        int n = in.readInt();
        List<Object> list = new ArrayList<>(); // not pre-sized: a damaged count must not allocate
        for (int i = 0; i < n; i++) list.add(value(in));
        return list;
      }
      case '{': {
        int n = in.readInt();
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) map.put(in.readUTF(), value(in));
        return map;
      }
      default:
        throw new IOException("unknown value tag " + tag);
    }
  }
}
