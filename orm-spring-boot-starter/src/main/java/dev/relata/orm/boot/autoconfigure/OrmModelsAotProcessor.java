package dev.relata.orm.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;

/**
 * Tells a native image about the scanned models: Relata reads their constructors, record
 * components, fields and accessors reflectively when the schema is built.
 */
class OrmModelsAotProcessor implements BeanFactoryInitializationAotProcessor {

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		if (!beanFactory.containsBeanDefinition(OrmModels.BEAN_NAME)) {
			return null;
		}
		ValueHolder types = beanFactory.getBeanDefinition(OrmModels.BEAN_NAME)
			.getConstructorArgumentValues()
			.getIndexedArgumentValue(0, null);
		if (types == null || !(types.getValue() instanceof Class<?>[] models) || models.length == 0) {
			return null;
		}
		return (generationContext, code) -> {
			ReflectionHints reflection = generationContext.getRuntimeHints().reflection();
			for (Class<?> model : models) {
				reflection.registerType(model, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
						MemberCategory.INVOKE_DECLARED_METHODS, MemberCategory.ACCESS_DECLARED_FIELDS);
			}
		};
	}

}
