package com.example.scan;

import dev.relata.orm.boot.autoconfigure.OrmModelScan;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The guide's application with its models in another package.
 */
@SpringBootApplication
@OrmModelScan("com.example.blog.model")
public class BlogApplication {

}
