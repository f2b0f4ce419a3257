package dev.relata.orm.boot.autoconfigure;

import dev.relata.orm.OrmBuilder;

/**
 * Customizes the auto-configured {@link dev.relata.orm.Orm} before it is built: declare
 * beans of this type to set what properties cannot, such as a dialect or a clock. Applied
 * in {@link org.springframework.core.Ordered order}, after the {@code relata.orm.*}
 * settings, the observation registry, the conventions and the statement listeners.
 */
@FunctionalInterface
public interface OrmBuilderCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder of the auto-configured {@code Orm}
	 */
	void customize(OrmBuilder builder);

}
