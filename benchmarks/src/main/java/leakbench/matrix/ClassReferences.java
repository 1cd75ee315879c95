package leakbench.matrix;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a class file names in its constant pool: the classes it uses ({@code CONSTANT_Class}) and the
 * types in its field and method descriptors and signatures ({@code Lpkg/Name;} inside {@code CONSTANT_Utf8}),
 * as internal names ({@code org/HdrHistogram/Histogram}). A string constant that merely looks like a descriptor
 * is named too; the caller only keeps names it can find as classes.
 */
final class ClassReferences {
    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([A-Za-z_$][\\w$]*(?:/[\\w$]+)*);");

    private ClassReferences() {
    }

    static Set<String> of(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classNames = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF(); // the class file's modified UTF-8 is DataInput's
                case 7 -> classNames.add(in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.skipBytes(2); // String, MethodType, Module, Package
                case 15 -> in.skipBytes(3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4); // Integer, Float, refs, NameAndType, (Invoke)Dynamic
                case 5, 6 -> { // Long, Double take two slots
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> names = new TreeSet<>();
        for (int index : classNames) {
            String name = utf8[index];
            if (name.startsWith("[")) {
                addDescriptorTypes(name, names);
            } else {
                names.add(name);
            }
        }
        for (String text : utf8) {
            if (text != null && text.indexOf(';') > 0) {
                addDescriptorTypes(text, names);
            }
        }
        return names;
    }

    private static void addDescriptorTypes(String text, Set<String> names) {
        Matcher m = DESCRIPTOR_TYPE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
    }
}
