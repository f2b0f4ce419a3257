package dev.relata.orm.write;

import java.util.List;

/**
 * What a {@code sync} or {@code toggle} changed in a many-to-many's join rows.
 *
 * @param attached the keys of targets linked by the call, ascending
 * @param detached the keys of targets unlinked by the call, ascending
 */
public record SyncResult(List<Object> attached, List<Object> detached) {

	/**
	 * Creates a result, copying the lists.
	 */
	public SyncResult {
		attached = List.copyOf(attached);
		detached = List.copyOf(detached);
	}

}
