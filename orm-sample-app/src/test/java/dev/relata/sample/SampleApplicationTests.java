package dev.relata.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the whole sample application as {@code spring-boot:run} does (embedded H2) on a
 * random port: it is healthy and serves the page with its Mermaid WebJar.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationTests {

	@LocalServerPort
	private int port;

	@Test
	void healthEndpointAnswersUpWithTheDatabaseAndRelata() throws Exception {
		HttpResponse<String> response = get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("UP");
		assertThat(JsonPath.<String>read(body, "$.components.db.status")).isEqualTo("UP");
		assertThat(JsonPath.<String>read(body, "$.components.orm.status")).isEqualTo("UP");
	}

	@Test
	void thePageAndMermaidAreServedByTheApplication() throws Exception {
		HttpResponse<String> page = get("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<script src=\"webjars/mermaid/dist/mermaid.min.js\" defer></script>");
		HttpResponse<String> mermaid = get("/webjars/mermaid/dist/mermaid.min.js");
		assertThat(mermaid.statusCode()).isEqualTo(200);
		assertThat(mermaid.body()).contains("erDiagram");
		assertThat(get("/app.js").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
