package org.apportion.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, version 1. Conventions (money as strings, problem details, paging): shared/API.md. */
@ApplicationPath("/api/v1")
public class ApportionApi extends Application {
}
