package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits parent keys into the chunks of batched statements, and pads IN lists to a few
 * bucket sizes (1, 2, 4, ... 1024, then multiples of 1024) so the database and the driver
 * see few distinct statements and can reuse their plans.
 */
final class KeyChunks {

	/**
	 * Keys sent as one parameter (an array, or MariaDB's JSON text): large, but bounded
	 * so one statement stays reasonable.
	 */
	static final int ARRAY_CHUNK = 50_000;

	private KeyChunks() {
	}

	static List<List<Object>> split(List<Object> keys, int chunkSize) {
		List<List<Object>> chunks = new ArrayList<>();
		for (int from = 0; from < keys.size(); from += chunkSize) {
			chunks.add(keys.subList(from, Math.min(keys.size(), from + chunkSize)));
		}
		return chunks;
	}

	static List<Object> padded(List<Object> chunk, int maxSize) {
		int bucket = bucket(chunk.size(), maxSize);
		if (bucket == chunk.size()) {
			return chunk;
		}
		List<Object> padded = new ArrayList<>(bucket);
		padded.addAll(chunk);
		Object last = chunk.get(chunk.size() - 1);
		while (padded.size() < bucket) {
			padded.add(last);
		}
		return padded;
	}

	static int bucket(int size, int maxSize) {
		int bucket = 1;
		while (bucket < size && bucket < 1024) {
			bucket <<= 1;
		}
		if (bucket < size) {
			bucket = ((size + 1023) / 1024) * 1024;
		}
		return Math.min(bucket, Math.max(size, maxSize));
	}

}
