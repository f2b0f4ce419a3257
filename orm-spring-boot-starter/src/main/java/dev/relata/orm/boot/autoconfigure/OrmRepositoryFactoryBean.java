package dev.relata.orm.boot.autoconfigure;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.FactoryBean;

/**
 * Creates the {@link OrmRepository} of one model from the application's {@link Orm}. Its
 * bean definition carries the repository's generic type, so that the repository is
 * injected by type without anything being created early; it holds no lambda, so that
 * ahead-of-time processing can generate it. The repository type comes first among the
 * type parameters, where Spring looks for a factory bean's object type.
 *
 * @param <R> the repository type, {@code OrmRepository<T>}
 * @param <T> the model type
 */
final class OrmRepositoryFactoryBean<R extends OrmRepository<T>, T> implements FactoryBean<R>, BeanFactoryAware {

	private final Class<T> modelType;

	private @Nullable BeanFactory beanFactory;

	OrmRepositoryFactoryBean(Class<T> modelType) {
		this.modelType = modelType;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	@SuppressWarnings("unchecked")
	public R getObject() {
		if (this.beanFactory == null) {
			throw new IllegalStateException("The repository of " + this.modelType.getName() + " has no bean factory");
		}
		return (R) this.beanFactory.getBean(Orm.class).repository(this.modelType);
	}

	@Override
	public Class<?> getObjectType() {
		return OrmRepository.class;
	}

	/**
	 * Returns the model whose repository this creates.
	 * @return the model type
	 */
	Class<T> modelType() {
		return this.modelType;
	}

}
