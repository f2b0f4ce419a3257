package dev.relata.orm.boot.autoconfigure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * The packages named by {@link OrmModelScan} annotations, kept as a bean definition so
 * that the repository registrar can read them before any bean exists.
 */
final class OrmModelScanPackages {

	static final String BEAN_NAME = "relataOrmModelScanPackages";

	private final List<String> packages;

	OrmModelScanPackages(String[] packages) {
		this.packages = List.of(packages);
	}

	/**
	 * Returns the packages the {@code @OrmModelScan} annotations name.
	 * @return the packages
	 */
	List<String> packages() {
		return this.packages;
	}

	/**
	 * Returns the packages the {@code @OrmModelScan} annotations of the application name,
	 * from the bean definition (no bean is created).
	 * @param registry the registry the annotations were processed into
	 * @return the packages, empty when there is no {@code @OrmModelScan}
	 */
	static List<String> of(BeanDefinitionRegistry registry) {
		if (!registry.containsBeanDefinition(BEAN_NAME)) {
			return List.of();
		}
		ValueHolder holder = registry.getBeanDefinition(BEAN_NAME)
			.getConstructorArgumentValues()
			.getIndexedArgumentValue(0, null);
		return (holder != null && holder.getValue() instanceof String[] names) ? List.of(names) : List.of();
	}

	/**
	 * Records the packages of one {@code @OrmModelScan}, adding to those of earlier ones.
	 */
	static final class Registrar implements ImportBeanDefinitionRegistrar {

		@Override
		public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
			Set<String> packages = new LinkedHashSet<>(of(registry));
			packages.addAll(packagesOf(metadata));
			BeanDefinition definition;
			if (registry.containsBeanDefinition(BEAN_NAME)) {
				definition = registry.getBeanDefinition(BEAN_NAME);
			}
			else {
				definition = new RootBeanDefinition(OrmModelScanPackages.class);
				definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
				registry.registerBeanDefinition(BEAN_NAME, definition);
			}
			definition.getConstructorArgumentValues().addIndexedArgumentValue(0, packages.toArray(String[]::new));
		}

		private static List<String> packagesOf(AnnotationMetadata metadata) {
			AnnotationAttributes attributes = AnnotationAttributes
				.fromMap(metadata.getAnnotationAttributes(OrmModelScan.class.getName()));
			List<String> packages = new ArrayList<>();
			if (attributes != null) {
				Arrays.stream(attributes.getStringArray("basePackages"))
					.filter((name) -> !name.isBlank())
					.forEach(packages::add);
				Arrays.stream(attributes.getClassArray("basePackageClasses"))
					.map(ClassUtils::getPackageName)
					.forEach(packages::add);
			}
			if (packages.isEmpty()) {
				packages.add(ClassUtils.getPackageName(metadata.getClassName()));
			}
			return packages;
		}

	}

}
