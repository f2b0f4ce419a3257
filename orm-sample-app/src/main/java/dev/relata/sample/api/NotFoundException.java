package dev.relata.sample.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 404 problem for a key that matches no row.
 */
public final class NotFoundException extends ErrorResponseException {

	/**
	 * Creates the exception.
	 * @param model the model's name, such as {@code User}
	 * @param id the key that was asked for
	 */
	public NotFoundException(String model, Object id) {
		super(HttpStatus.NOT_FOUND, problem(model, id), null);
	}

	private static ProblemDetail problem(String model, Object id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + model + " " + id);
		problem.setTitle(model + " not found");
		problem.setProperty("model", model);
		problem.setProperty("id", id);
		return problem;
	}

}
