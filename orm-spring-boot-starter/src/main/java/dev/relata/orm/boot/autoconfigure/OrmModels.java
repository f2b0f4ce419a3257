package dev.relata.orm.boot.autoconfigure;

import java.util.List;

/**
 * The models Relata found when the application context was set up, and where it looked:
 * the input of the auto-configured schema, and of the failure analyses that explain a
 * missing model.
 */
final class OrmModels {

	static final String BEAN_NAME = "relataOrmModels";

	private final List<Class<?>> types;

	private final List<String> packages;

	private final String packagesSource;

	OrmModels(Class<?>[] types, String[] packages, String packagesSource) {
		this.types = List.of(types);
		this.packages = List.of(packages);
		this.packagesSource = packagesSource;
	}

	/**
	 * Returns the model types, ordered by class name.
	 * @return the model types
	 */
	List<Class<?>> types() {
		return this.types;
	}

	/**
	 * Returns the packages that were scanned.
	 * @return the packages, possibly none
	 */
	List<String> packages() {
		return this.packages;
	}

	/**
	 * Returns where the packages came from, for messages.
	 * @return for example {@code the relata.orm.model-packages property}
	 */
	String packagesSource() {
		return this.packagesSource;
	}

	/**
	 * Describes where Relata looked, for messages.
	 * @return for example {@code com.example (the auto-configuration packages)}
	 */
	String describeScan() {
		return (this.packages.isEmpty() ? "no package" : String.join(", ", this.packages)) + " (" + this.packagesSource
				+ ")";
	}

}
