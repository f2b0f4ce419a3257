package dev.relata.orm.boot.autoconfigure;

import java.beans.Introspector;
import java.util.List;

import dev.relata.orm.OrmRepository;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Finds the models and registers one {@code OrmRepository<T>} bean per model, before any
 * bean is created. Each definition carries its generic type, so that
 * {@code OrmRepository<User>} is injected by type, through {@code ObjectProvider} and
 * {@code getBeanNamesForType(ResolvableType)}, without instantiating anything. A
 * repository bean the application already defines for a model wins for that model.
 * <p>
 * Models are looked for, in this order of precedence, in the packages of
 * {@code relata.orm.model-packages}, of {@link OrmModelScan @OrmModelScan}, or of the
 * application's auto-configuration packages.
 */
final class OrmRepositoriesRegistrar
		implements ImportBeanDefinitionRegistrar, BeanFactoryAware, EnvironmentAware, ResourceLoaderAware {

	private static final Log logger = LogFactory.getLog(OrmRepositoriesRegistrar.class);

	private static final String MODEL_PACKAGES_PROPERTY = "relata.orm.model-packages";

	private @Nullable BeanFactory beanFactory;

	private @Nullable Environment environment;

	private @Nullable ResourceLoader resourceLoader;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setResourceLoader(ResourceLoader resourceLoader) {
		this.resourceLoader = resourceLoader;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		BeanFactory beanFactory = required(this.beanFactory);
		StartupStep step = applicationStartup(beanFactory).start("relata.orm.repositories.scanning");
		ScanTarget target = scanTarget(registry, beanFactory);
		List<Class<?>> models = new OrmModelScanner(required(this.environment), required(this.resourceLoader))
			.scan(target.packages());
		step.tag("packages", String.join(",", target.packages()));
		step.tag("models", String.valueOf(models.size()));
		registerModels(registry, models, target);
		for (Class<?> model : models) {
			registerRepository(registry, model);
		}
		step.end();
	}

	private ScanTarget scanTarget(BeanDefinitionRegistry registry, BeanFactory beanFactory) {
		List<String> fromProperty = Binder.get(required(this.environment))
			.bind(MODEL_PACKAGES_PROPERTY, Bindable.listOf(String.class))
			.orElse(List.of());
		if (!fromProperty.isEmpty()) {
			return new ScanTarget(fromProperty, "the " + MODEL_PACKAGES_PROPERTY + " property");
		}
		List<String> fromAnnotation = OrmModelScanPackages.of(registry);
		if (!fromAnnotation.isEmpty()) {
			return new ScanTarget(fromAnnotation, "@OrmModelScan");
		}
		if (AutoConfigurationPackages.has(beanFactory)) {
			return new ScanTarget(AutoConfigurationPackages.get(beanFactory),
					"the auto-configuration packages, from @SpringBootApplication");
		}
		return new ScanTarget(List.of(), "no @SpringBootApplication, @OrmModelScan or " + MODEL_PACKAGES_PROPERTY);
	}

	private static void registerModels(BeanDefinitionRegistry registry, List<Class<?>> models, ScanTarget target) {
		RootBeanDefinition definition = new RootBeanDefinition(OrmModels.class);
		definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
		definition.getConstructorArgumentValues().addIndexedArgumentValue(0, models.toArray(Class<?>[]::new));
		definition.getConstructorArgumentValues().addIndexedArgumentValue(1, target.packages().toArray(String[]::new));
		definition.getConstructorArgumentValues().addIndexedArgumentValue(2, target.source());
		registry.registerBeanDefinition(OrmModels.BEAN_NAME, definition);
	}

	private static void registerRepository(BeanDefinitionRegistry registry, Class<?> model) {
		ResolvableType type = ResolvableType.forClassWithGenerics(OrmRepository.class, model);
		if (registry instanceof ListableBeanFactory beans) {
			String[] existing = beans.getBeanNamesForType(type, true, false);
			if (existing.length > 0) {
				logger.debug("Using the application's " + type + " bean '" + existing[0] + "' instead of Relata's");
				return;
			}
		}
		RootBeanDefinition definition = new RootBeanDefinition(OrmRepositoryFactoryBean.class);
		definition.getConstructorArgumentValues().addIndexedArgumentValue(0, model);
		definition.setTargetType(ResolvableType.forClassWithGenerics(OrmRepositoryFactoryBean.class, type,
				ResolvableType.forClass(model)));
		definition.setAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE, type);
		definition.setDescription("Relata repository of " + model.getName());
		registry.registerBeanDefinition(beanName(registry, model), definition);
	}

	/**
	 * The repository bean's name: {@code userOrmRepository} for {@code User}, or the
	 * fully qualified {@code com.example.User.ormRepository} when that name is taken.
	 */
	static String beanName(BeanDefinitionRegistry registry, Class<?> model) {
		String simple = Introspector.decapitalize(model.getSimpleName()) + "OrmRepository";
		return registry.containsBeanDefinition(simple) ? model.getName() + ".ormRepository" : simple;
	}

	private static ApplicationStartup applicationStartup(BeanFactory beanFactory) {
		if (beanFactory instanceof ConfigurableBeanFactory configurable) {
			return configurable.getApplicationStartup();
		}
		return ApplicationStartup.DEFAULT;
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("OrmRepositoriesRegistrar was not initialized by the container");
		}
		return value;
	}

	private record ScanTarget(List<String> packages, String source) {
	}

}
