package fi.tyokyky.server.packages;

import ca.uhn.fhir.jpa.packages.IHapiPackageCacheManager;
import ca.uhn.fhir.jpa.packages.IPackageInstallerSvc;
import ca.uhn.fhir.jpa.packages.PackageInstallOutcomeJson;
import ca.uhn.fhir.jpa.packages.PackageInstallationSpec;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs a {@link ClasspathPackage} into the JPA server with HAPI's package installer, so that
 * its StructureDefinitions, terminology, Questionnaires, SearchParameters and OperationDefinitions
 * can be read and searched and the search parameters are active.
 *
 * <p>Installing is idempotent: if the database already holds the same package id, version and
 * content, nothing is done. If the content differs (a development build re-released under the same
 * version), the stored copy is removed first so that HAPI does not keep serving the old content;
 * conformance resources are then updated in place by their canonical URL.
 */
public class PackageInstaller {

  /** The resource types copied from the package into the server's repository. */
  public static final List<String> INSTALLED_TYPES =
      List.of(
          "StructureDefinition",
          "CodeSystem",
          "ValueSet",
          "ConceptMap",
          "SearchParameter",
          "Questionnaire",
          "OperationDefinition");

  private static final Logger LOG = LoggerFactory.getLogger(PackageInstaller.class);

  private final IPackageInstallerSvc installer;
  private final IHapiPackageCacheManager packageCache;

  /** Uses HAPI's installer and the package store behind it (both never null). */
  public PackageInstaller(IPackageInstallerSvc installer, IHapiPackageCacheManager packageCache) {
    this.installer = installer;
    this.packageCache = packageCache;
  }

  /**
   * Makes sure {@code pkg} is installed.
   *
   * @return true if anything was installed, false if the same package was already there
   */
  public boolean install(ClasspathPackage pkg) {
    PackageInstallationSpec spec = specFor(pkg);
    IHapiPackageCacheManager.PackageContents stored =
        packageCache.loadPackageContents(pkg.id(), pkg.version());
    if (stored != null && pkg.hasSameContentAs(stored.getBytes())) {
      LOG.info("FHIR package {}#{} is already installed", pkg.id(), pkg.version());
      return false;
    }
    if (stored != null) {
      LOG.info(
          "FHIR package {}#{} changed since it was stored; reinstalling it",
          pkg.id(),
          pkg.version());
      // HAPI would otherwise keep the stored copy and install the old content again.
      installer.uninstall(spec);
    }
    PackageInstallOutcomeJson outcome = installer.install(spec);
    LOG.info(
        "Installed FHIR package {}#{}: {}",
        pkg.id(),
        pkg.version(),
        outcome.getResourcesInstalled());
    return true;
  }

  private static PackageInstallationSpec specFor(ClasspathPackage pkg) {
    PackageInstallationSpec spec =
        new PackageInstallationSpec()
            .setName(pkg.id())
            .setVersion(pkg.version())
            .setPackageContents(pkg.tarball())
            .setInstallMode(PackageInstallationSpec.InstallModeEnum.STORE_AND_INSTALL)
            // Keep the package's own ids (StructureDefinition/tyokyky-patient); one version of
            // each canonical resource is kept.
            .setVersionPolicy(PackageInstallationSpec.VersionPolicyEnum.SINGLE_VERSION)
            // Dependencies (FHIR core, FI Base) are known to HAPI or not needed on the server;
            // fetching them would need the network.
            .setFetchDependencies(false);
    spec.setInstallResourceTypes(INSTALLED_TYPES);
    return spec;
  }
}
