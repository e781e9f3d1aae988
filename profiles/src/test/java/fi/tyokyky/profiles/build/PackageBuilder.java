package fi.tyokyky.profiles.build;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import fi.tyokyky.profiles.TyokykyPackage;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.utilities.validation.ValidationMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds the standard FHIR NPM package from SUSHI's output: generates every StructureDefinition's
 * snapshot, writes the resources with {@code package.json} and {@code .index.json}, and packs the
 * {@code .tgz}. Runs in the {@code process-test-classes} phase of the profiles module, so that the tests
 * and the jar both see the finished package.
 *
 * <p>Usage: {@code PackageBuilder <fsh-generated/resources> <target/classes> <target>}. The build fails
 * if any snapshot cannot be generated without errors.
 */
public final class PackageBuilder {

    /** Resource types that define the package; every other resource SUSHI writes is an example. */
    static final Set<String> CONFORMANCE_TYPES = Set.of(
            "StructureDefinition", "CodeSystem", "ValueSet", "ConceptMap", "SearchParameter", "Questionnaire",
            "NamingSystem", "CapabilityStatement", "OperationDefinition", "ImplementationGuide");

    private PackageBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: PackageBuilder <fsh-generated/resources> <classes> <target>");
        }
        Path sources = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        Path target = Path.of(args[2]);

        FhirContext ctx = FhirContext.forR4Cached();
        IParser json = ctx.newJsonParser().setPrettyPrint(true);
        List<Resource> resources = readAll(json, sources);

        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(ctx);
        List<StructureDefinition> profiles = new ArrayList<>();
        for (Resource r : resources) {
            if (r instanceof StructureDefinition sd) {
                profiles.add(sd);
            } else if (CONFORMANCE_TYPES.contains(r.fhirType())) {
                ours.addResource(r);
            }
        }
        Map<String, SnapshotGenerator.Result> snapshots = new SnapshotGenerator(ctx, ours).generateAll(profiles);
        failOnErrors(snapshots);

        Path root = classes.resolve(TyokykyPackage.CLASSPATH_FOLDER);
        deleteRecursively(root);
        Path packageDir = Files.createDirectories(root.resolve("package"));
        Path exampleDir = Files.createDirectories(packageDir.resolve("example"));
        PackageIndex index = new PackageIndex();
        PackageIndex exampleIndex = new PackageIndex();
        for (Resource r : resources) {
            Resource out = r instanceof StructureDefinition sd ? snapshots.get(sd.getUrl()).withSnapshot() : r;
            String file = out.fhirType() + "-" + out.getIdElement().getIdPart() + ".json";
            boolean example = !CONFORMANCE_TYPES.contains(out.fhirType());
            Path dir = example ? exampleDir : packageDir;
            Files.writeString(dir.resolve(file), json.encodeResourceToString(out), StandardCharsets.UTF_8);
            (example ? exampleIndex : index).add(file, out);
        }
        index.write(packageDir);
        exampleIndex.write(exampleDir);
        writePackageJson(packageDir);

        NpmPackageWriter.tgz(root, classes.resolve(TyokykyPackage.CLASSPATH_TGZ.substring("classpath:".length())));
        Path tgz = target.resolve(TyokykyPackage.ID + "-" + TyokykyPackage.VERSION + ".tgz");
        NpmPackageWriter.tgz(root, tgz);
        System.out.printf("%s: %d conformance resources (%d profiles), %d examples -> %s%n",
                TyokykyPackage.reference(), index.size(), profiles.size(), exampleIndex.size(), tgz);
    }

    private static List<Resource> readAll(IParser json, Path sources) throws IOException {
        List<Resource> resources = new ArrayList<>();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                resources.add((Resource) json.parseResource(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return resources;
    }

    private static void failOnErrors(Map<String, SnapshotGenerator.Result> snapshots) {
        List<String> errors = new ArrayList<>();
        snapshots.forEach((url, result) -> {
            for (ValidationMessage m : result.messages()) {
                if (m.getLevel() == ValidationMessage.IssueSeverity.ERROR
                        || m.getLevel() == ValidationMessage.IssueSeverity.FATAL) {
                    errors.add(url + ": " + m.getLocation() + ": " + m.getMessage());
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Snapshot generation failed:\n  " + String.join("\n  ", errors));
        }
    }

    private static void writePackageJson(Path packageDir) throws IOException {
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("name", TyokykyPackage.ID);
        pkg.put("version", TyokykyPackage.VERSION);
        pkg.put("type", "fhir.ig");
        pkg.put("canonical", TyokykyPackage.CANONICAL);
        pkg.put("url", TyokykyPackage.CANONICAL);
        pkg.put("title", "Health examination and work-ability support of unemployed people (Finland)");
        pkg.put("description", "FHIR R4 profiles, terminology, questionnaires and search parameters for the "
                + "health examination of unemployed people and the work-ability support path in Finland.");
        pkg.put("fhirVersions", List.of(TyokykyPackage.FHIR_VERSION));
        pkg.put("dependencies", Map.of("hl7.fhir.r4.core", "4.0.1"));
        pkg.put("jurisdiction", "urn:iso:std:iso:3166#FI");
        pkg.put("license", "Apache-2.0");
        pkg.put("author", "Työkyky FHIR project");
        PackageIndex.JSON.writeValue(packageDir.resolve("package.json").toFile(), pkg);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
