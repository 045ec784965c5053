package io.github.camelchat.common.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/** Runs the YAML route examples of a component's adoc, so the documentation cannot drift from what works. */
public final class DocExamples {

    private static final Pattern YAML_BLOCK = Pattern.compile("\\[source,yaml]\\s*\\n----\\n(.*?)\\n----", Pattern.DOTALL);

    private DocExamples() {
    }

    /** Every {@code [source,yaml]} block of the document, in order. */
    public static List<String> yamlBlocks(Path adoc) throws Exception {
        List<String> blocks = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(Files.readString(adoc));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** Adds the YAML routes to the context (camel-yaml-dsl must be on the test classpath). */
    public static void load(CamelContext context, String name, String yaml) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString(name + ".yaml", yaml));
    }
}
