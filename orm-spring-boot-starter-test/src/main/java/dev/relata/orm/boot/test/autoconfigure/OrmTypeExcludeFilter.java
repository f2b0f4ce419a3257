package dev.relata.orm.boot.test.autoconfigure;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.boot.autoconfigure.OrmBuilderCustomizer;
import dev.relata.orm.boot.autoconfigure.OrmModelScan;
import dev.relata.orm.boot.autoconfigure.OrmSchemaBuilderCustomizer;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.NamingStrategy;
import dev.relata.orm.schema.ValueConverter;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.core.type.ClassMetadata;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Decides which scanned components an {@link OrmTest @OrmTest} keeps: those that
 * configure Relata. A class is kept when it is annotated with {@link OrmModelScan} or is
 * one of the types whose beans Relata's auto-configuration collects
 * ({@code RelationDefinitions}, {@code ValueConverter}, {@code NamingStrategy},
 * {@code OrmSchemaBuilderCustomizer}, {@code OrmBuilderCustomizer},
 * {@code StatementListener}) or an {@code OrmRepository} the application defines itself
 * (which replaces Relata's for its model), or when one of its {@code @Bean} methods is
 * declared to return one (a {@code @Configuration} class with a
 * {@code RelationDefinitions} bean). Everything is decided from class files, through the
 * {@link MetadataReaderFactory}: no scanned class is loaded, nor the return type of a
 * {@code @Bean} method.
 */
final class OrmTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<OrmTest> {

	/**
	 * The beans Relata's auto-configuration builds the schema and the {@code Orm} from.
	 */
	private static final Set<Class<?>> CONFIGURATION_TYPES = Set.of(RelationDefinitions.class, ValueConverter.class,
			NamingStrategy.class, OrmSchemaBuilderCustomizer.class, OrmBuilderCustomizer.class, StatementListener.class,
			OrmRepository.class);

	private static final Set<Class<?>> KNOWN_INCLUDES = Stream
		.concat(CONFIGURATION_TYPES.stream(), Stream.of(OrmModelScan.class))
		.collect(Collectors.toUnmodifiableSet());

	private static final Set<String> CONFIGURATION_TYPE_NAMES = CONFIGURATION_TYPES.stream()
		.map(Class::getName)
		.collect(Collectors.toUnmodifiableSet());

	OrmTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
	}

	@Override
	protected Set<Class<?>> getKnownIncludes() {
		return KNOWN_INCLUDES;
	}

	@Override
	protected boolean defaultInclude(MetadataReader metadataReader, MetadataReaderFactory metadataReaderFactory)
			throws IOException {
		return super.defaultInclude(metadataReader, metadataReaderFactory)
				|| declaresConfigurationBean(metadataReader, metadataReaderFactory);
	}

	private static boolean declaresConfigurationBean(MetadataReader metadataReader,
			MetadataReaderFactory metadataReaderFactory) {
		for (MethodMetadata method : metadataReader.getAnnotationMetadata().getAnnotatedMethods(Bean.class.getName())) {
			if (isConfigurationType(method.getReturnTypeName(), metadataReaderFactory)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Walks the type's superclasses and interfaces through their class files, looking for
	 * one of the configuration types. JDK types are not walked: none of them extends one.
	 */
	private static boolean isConfigurationType(String typeName, MetadataReaderFactory metadataReaderFactory) {
		Deque<String> pending = new ArrayDeque<>();
		pending.push(typeName);
		Set<String> seen = new HashSet<>();
		while (!pending.isEmpty()) {
			String name = pending.pop();
			if (CONFIGURATION_TYPE_NAMES.contains(name)) {
				return true;
			}
			if (seen.add(name) && !name.startsWith("java.") && name.indexOf('.') > 0 && !name.endsWith("[]")) {
				ClassMetadata type = classMetadata(name, metadataReaderFactory);
				if (type != null) {
					pending.addAll(Arrays.asList(type.getInterfaceNames()));
					String superClassName = type.getSuperClassName();
					if (superClassName != null) {
						pending.add(superClassName);
					}
				}
			}
		}
		return false;
	}

	private static @Nullable ClassMetadata classMetadata(String name, MetadataReaderFactory metadataReaderFactory) {
		try {
			return metadataReaderFactory.getMetadataReader(name).getClassMetadata();
		}
		catch (IOException ex) {
			// A class file that cannot be read belongs to no Relata configuration type
			// that the slice could keep either.
			return null;
		}
	}

}
