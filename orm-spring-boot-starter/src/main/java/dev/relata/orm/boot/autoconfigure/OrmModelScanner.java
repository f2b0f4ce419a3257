package dev.relata.orm.boot.autoconfigure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.relata.orm.schema.Table;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the classes annotated with {@link Table @Table} in packages, loading them through
 * the application's class loader (never a static cache, so a restarted context, as
 * DevTools makes, sees its own classes).
 */
final class OrmModelScanner {

	private final Environment environment;

	private final ResourceLoader resourceLoader;

	OrmModelScanner(Environment environment, ResourceLoader resourceLoader) {
		this.environment = environment;
		this.resourceLoader = resourceLoader;
	}

	/**
	 * Scans packages, sub-packages included.
	 * @param packages the packages
	 * @return the model types found, ordered by class name
	 */
	List<Class<?>> scan(List<String> packages) {
		ClassPathScanningCandidateComponentProvider provider = new ClassPathScanningCandidateComponentProvider(false,
				this.environment) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				// records and classes, top-level or static nested; never interfaces or
				// annotations
				return definition.getMetadata().isIndependent() && !definition.getMetadata().isInterface();
			}

		};
		provider.setResourceLoader(this.resourceLoader);
		provider.addIncludeFilter(new AnnotationTypeFilter(Table.class, false, false));
		Set<String> classNames = new LinkedHashSet<>();
		for (String basePackage : packages) {
			for (BeanDefinition candidate : provider.findCandidateComponents(basePackage)) {
				classNames.add(candidate.getBeanClassName());
			}
		}
		List<Class<?>> types = new ArrayList<>();
		for (String className : classNames) {
			types.add(load(className));
		}
		types.sort(Comparator.comparing(Class::getName));
		return types;
	}

	private Class<?> load(@Nullable String className) {
		try {
			return ClassUtils.forName(String.valueOf(className), this.resourceLoader.getClassLoader());
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new IllegalStateException("Relata could not load the model class " + className, ex);
		}
	}

}
