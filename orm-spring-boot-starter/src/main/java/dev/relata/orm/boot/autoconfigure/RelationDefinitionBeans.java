package dev.relata.orm.boot.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.relata.orm.relation.RelationDefinitions;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;

/**
 * The {@link RelationDefinitions} beans of the auto-configured schema, by bean name:
 * every one that is a default candidate, so that those declared with
 * {@code @Bean(defaultCandidate = false)} for another {@code Orm} stay out.
 */
final class RelationDefinitionBeans {

	private RelationDefinitionBeans() {
	}

	static Map<String, RelationDefinitions<?>> of(ConfigurableListableBeanFactory beanFactory) {
		Map<String, RelationDefinitions<?>> relations = new LinkedHashMap<>();
		for (String name : beanFactory.getBeanNamesForType(RelationDefinitions.class)) {
			if (isDefaultCandidate(beanFactory, name)) {
				relations.put(name, beanFactory.getBean(name, RelationDefinitions.class));
			}
		}
		return relations;
	}

	private static boolean isDefaultCandidate(ConfigurableListableBeanFactory beanFactory, String name) {
		if (!beanFactory.containsBeanDefinition(name)) {
			return true;
		}
		BeanDefinition definition = beanFactory.getMergedBeanDefinition(name);
		return !(definition instanceof AbstractBeanDefinition abstractDefinition)
				|| abstractDefinition.isDefaultCandidate();
	}

}
