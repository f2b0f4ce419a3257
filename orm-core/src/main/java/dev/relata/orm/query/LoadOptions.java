package dev.relata.orm.query;

import java.util.Objects;

/**
 * Options of one relation load: {@code load("posts", LoadOptions.batched())}.
 */
public final class LoadOptions {

	private static final LoadOptions DEFAULTS = new LoadOptions(LoadStrategy.AUTO);

	private final LoadStrategy strategy;

	private LoadOptions(LoadStrategy strategy) {
		this.strategy = strategy;
	}

	/**
	 * Returns the default options: strategy AUTO.
	 * @return the defaults
	 */
	public static LoadOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Returns options with a strategy.
	 * @param strategy the strategy
	 * @return the options
	 */
	public static LoadOptions strategy(LoadStrategy strategy) {
		return new LoadOptions(Objects.requireNonNull(strategy, "strategy"));
	}

	/**
	 * Returns options asking for JOIN.
	 * @return the options
	 */
	public static LoadOptions join() {
		return strategy(LoadStrategy.JOIN);
	}

	/**
	 * Returns options asking for BATCHED.
	 * @return the options
	 */
	public static LoadOptions batched() {
		return strategy(LoadStrategy.BATCHED);
	}

	/**
	 * Returns the requested strategy.
	 * @return the strategy
	 */
	public LoadStrategy getStrategy() {
		return this.strategy;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LoadOptions options && options.strategy == this.strategy;
	}

	@Override
	public int hashCode() {
		return this.strategy.hashCode();
	}

	@Override
	public String toString() {
		return "LoadOptions[strategy=" + this.strategy.label() + "]";
	}

}
