package dev.relata.orm.schema;

import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * Checks a model at build time and collects one message per problem, each naming the
 * model, the property and the fix.
 */
final class ModelValidator {

	private static final Map<String, String> FOREIGN_ANNOTATIONS = Map.of("org.springframework.data.annotation.Id",
			Id.class.getName(), "jakarta.persistence.Id", Id.class.getName(), "jakarta.persistence.Column",
			Column.class.getName(), "org.springframework.data.relational.core.mapping.Column", Column.class.getName(),
			"org.springframework.data.annotation.Version", Version.class.getName(), "jakarta.persistence.Version",
			Version.class.getName(), "jakarta.persistence.Table", Table.class.getName(), "jakarta.persistence.Entity",
			Table.class.getName(), "org.springframework.data.relational.core.mapping.Table", Table.class.getName());

	private final List<String> problems;

	ModelValidator(List<String> problems) {
		this.problems = problems;
	}

	void validate(ModelSource source, List<ModelProperty> properties) {
		String model = source.name();
		foreignAnnotations(model, source.type().getAnnotations());
		for (ModelProperty property : properties) {
			foreignAnnotations(property.qualifiedName(), property.source().annotations().toArray(Annotation[]::new));
			if (property.kind() == PropertyKind.COLUMN) {
				supportedType(property);
			}
			else if (property.key()) {
				this.problems.add(property.qualifiedName() + ": a " + property.kind()
						+ " cannot be a key; put @Id on a column property");
			}
		}
		keys(model, properties);
		versions(model, properties);
		softDeletes(model, properties);
		columns(properties);
	}

	private void foreignAnnotations(String owner, Annotation[] annotations) {
		for (Annotation annotation : annotations) {
			String foreign = annotation.annotationType().getName();
			String replacement = FOREIGN_ANNOTATIONS.get(foreign);
			if (replacement != null) {
				this.problems.add(owner + ": @" + foreign + " is not read by Relata; use " + replacement);
			}
		}
	}

	private void supportedType(ModelProperty property) {
		Class<?> type = property.javaType();
		if (property.converter() == null && !SupportedTypes.isSupported(type)) {
			this.problems.add(property.qualifiedName() + ": type " + type.getTypeName()
					+ " is not supported; supported types are " + SupportedTypes.DESCRIPTION
					+ "; register a ValueConverter for " + type.getSimpleName()
					+ " with OrmSchema.builder().converters(...)" + modelHint(type));
		}
	}

	private static String modelHint(Class<?> type) {
		if (type.isRecord() || type.isAnnotationPresent(Table.class)) {
			return "; or add " + type.getSimpleName() + " to OrmSchema.builder().models(...) if it is a model";
		}
		return "";
	}

	private void keys(String model, List<ModelProperty> properties) {
		if (properties.stream().noneMatch(ModelProperty::key)) {
			this.problems
				.add(model + ": no key; annotate the key property with @" + Id.class.getName() + " or name it 'id'");
		}
	}

	private void versions(String model, List<ModelProperty> properties) {
		List<ModelProperty> versions = properties.stream().filter(ModelProperty::version).toList();
		if (versions.size() > 1) {
			this.problems
				.add(model + ": several @Version properties (" + String.join(", ", names(versions)) + "); keep one");
		}
		for (ModelProperty version : versions) {
			if (version.kind() != PropertyKind.COLUMN || !SupportedTypes.isIntegral(version.javaType())) {
				this.problems.add(version.qualifiedName() + ": a @Version property must be a short, int or long "
						+ "column (primitive or boxed), not " + version.javaType().getTypeName());
			}
		}
	}

	private void softDeletes(String model, List<ModelProperty> properties) {
		List<ModelProperty> marked = properties.stream().filter(ModelProperty::softDelete).toList();
		if (marked.size() > 1) {
			this.problems
				.add(model + ": several @SoftDelete properties (" + String.join(", ", names(marked)) + "); keep one");
		}
		for (ModelProperty property : marked) {
			Class<?> type = property.javaType();
			if (property.kind() != PropertyKind.COLUMN || property.key() || !property.options().nullable()
					|| (type != Instant.class && type != OffsetDateTime.class && type != LocalDateTime.class)) {
				this.problems.add(property.qualifiedName() + ": a @SoftDelete property must be a nullable Instant, "
						+ "OffsetDateTime or LocalDateTime column, not " + type.getTypeName());
			}
		}
	}

	private void columns(List<ModelProperty> properties) {
		Map<String, ModelProperty> byColumn = new HashMap<>();
		for (ModelProperty property : properties) {
			String column = property.column();
			if (column == null) {
				continue;
			}
			ModelProperty other = byColumn.putIfAbsent(column, property);
			if (other != null) {
				this.problems.add(property.qualifiedName() + ": column '" + column + "' is already mapped by "
						+ other.qualifiedName() + "; give one of them another @Column name");
			}
		}
		for (ModelProperty property : properties) {
			ModelProperty other = byColumn.get(property.name());
			if (other != null && other != property) {
				this.problems.add(property.qualifiedName() + ": the name '" + property.name()
						+ "' is also the column of " + other.qualifiedName()
						+ ", so it would be ambiguous in queries; rename the property or give " + other.qualifiedName()
						+ " another @Column name");
			}
		}
	}

	void tables(List<EntityModel<?>> models) {
		Map<String, EntityModel<?>> byTable = new HashMap<>();
		for (EntityModel<?> model : models) {
			String table = ((model.schemaName() != null) ? model.schemaName() + "." : "") + model.table();
			EntityModel<?> other = byTable.putIfAbsent(table.toLowerCase(Locale.ROOT), model);
			if (other != null) {
				this.problems.add(model.name() + ": table '" + table + "' is already mapped by " + other.name()
						+ "; give one of them another @Table name");
			}
		}
	}

	private static List<String> names(List<ModelProperty> properties) {
		return properties.stream().map(ModelProperty::name).toList();
	}

}
