package dev.relata.orm.boot.autoconfigure;

import dev.relata.orm.schema.OrmSchema;

/**
 * Customizes the auto-configured {@link OrmSchema} before it is built and validated: add
 * models that are not scanned, relation definitions that are not beans, or converters.
 * Applied in {@link org.springframework.core.Ordered order}, after the scanned models,
 * the {@code RelationDefinitions}, {@code ValueConverter} and {@code NamingStrategy}
 * beans.
 */
@FunctionalInterface
public interface OrmSchemaBuilderCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder of the auto-configured schema
	 */
	void customize(OrmSchema.Builder builder);

}
