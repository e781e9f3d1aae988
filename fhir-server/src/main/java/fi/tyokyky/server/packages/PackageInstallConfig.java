package fi.tyokyky.server.packages;

import ca.uhn.fhir.batch2.coordinator.JobDefinitionRegistry;
import ca.uhn.fhir.batch2.model.JobDefinition;
import ca.uhn.fhir.jpa.packages.IHapiPackageCacheManager;
import ca.uhn.fhir.jpa.packages.IPackageInstallerSvc;
import fi.tyokyky.profiles.TyokykyPackage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Installs the Työkyky package ({@link TyokykyPackage}) from the profiles jar at start-up, after
 * all beans exist and before the HTTP port opens, so the first request already sees the profiles.
 */
@Configuration
public class PackageInstallConfig {

  /** The Työkyky package as shipped on the classpath; read once. */
  @Bean
  public ClasspathPackage tyokykyPackage() {
    return ClasspathPackage.load(TyokykyPackage.CLASSPATH_TGZ);
  }

  /** The installer, bound to HAPI's package services. */
  @Bean
  public PackageInstaller packageInstaller(
      IPackageInstallerSvc installer, IHapiPackageCacheManager packageCache) {
    return new PackageInstaller(installer, packageCache);
  }

  /**
   * Runs the installation once every singleton is ready. Installing a SearchParameter starts a
   * REINDEX job, whose definition HAPI would only register after the HTTP port opens, so the job
   * definitions are registered here first (HAPI skips them later as already registered).
   */
  @Bean
  public SmartInitializingSingleton installTyokykyPackageAtStartup(
      PackageInstaller packageInstaller,
      ClasspathPackage tyokykyPackage,
      JobDefinitionRegistry jobDefinitions,
      ObjectProvider<JobDefinition<?>> jobDefinitionBeans) {
    return () -> {
      jobDefinitionBeans.forEach(jobDefinitions::addJobDefinitionIfNotRegistered);
      packageInstaller.install(tyokykyPackage);
    };
  }
}
