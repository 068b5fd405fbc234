package org.humstats.location;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.humstats.Fixtures.ADMIN_KEY;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** OCHA's global P-code CSV, in small files written for these tests (country codes chosen to be unused elsewhere). */
@QuarkusTest
class GazetteerImportTest {

    private static final String HEADER = "Location,Admin Level,P-Code,Name,Parent P-Code,Valid from date\n";

    private static RequestSpecification csv(String body) {
        return given().header("Authorization", "Bearer " + ADMIN_KEY).contentType("text/csv").body(body);
    }

    @Test
    void shouldCreateCountryAndAdminTree() {
        String file = HEADER
                + "YEM,1,YE11,Ibb,YEM,2020-01-01\n"
                + "YEM,2,YE1101,\"Al Qafr, district\",YE11,2020-01-01\n"
                + "YEM,1,YE12,Abyan,YEM,2020-01-01\n";
        csv(file).post("/api/v1/locations/imports").then().statusCode(200)
                .body("created", is(3)).body("countries_created", is(1)).body("dry_run", is(false));
        given().get("/api/v1/locations/YEM").then().statusCode(200).body("name", is("Yemen")).body("type", is("country"));
        given().get("/api/v1/locations/YE1101").then().statusCode(200).body("name", is("Al Qafr, district"))
                .body("ancestors.code", contains("YEM", "YE11"));
        // the same file again changes nothing
        csv(file).post("/api/v1/locations/imports").then().statusCode(200)
                .body("created", is(0)).body("unchanged", is(3)).body("countries_created", is(0));
    }

    @Test
    void shouldRejectTheWholeFileListingEveryBadRow() {
        String file = HEADER
                + "OMN,1,OM01,Muscat,OMN,2020-01-01\n"
                + "OMN,2,OM0101,Bawshar,OM99,2020-01-01\n"
                + "OMN,x,OM02,Dhofar,OMN,2020-01-01\n"
                + "OMN,1,OM03,Musandam,OMN,first of may\n";
        csv(file).post("/api/v1/locations/imports").then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(3))
                .body("errors.row", contains(3, 4, 5))
                .body("errors.column", contains("Parent P-Code", "Admin Level", "Valid from date"));
        given().get("/api/v1/locations/OM01").then().statusCode(404);
        given().get("/api/v1/locations/OMN").then().statusCode(404);
    }

    @Test
    void shouldUseThePcodeForAnUnnamedAreaAndSaySo() {
        csv(HEADER + "BHR,1,BH13,Capital,BHR,2020-01-01\nBHR,2,BH1301,,BH13,2020-01-01\n")
                .post("/api/v1/locations/imports").then().statusCode(200)
                .body("created", is(2)).body("warnings[0].row", is(3)).body("warnings[0].column", is("Name"));
        given().get("/api/v1/locations/BH1301").then().statusCode(200).body("name", is("BH1301"));
    }

    @Test
    void shouldCountWithoutStoringOnDryRun() {
        csv(HEADER + "QAT,1,QA01,Doha,QAT,2020-01-01\n").queryParam("dry_run", "true")
                .post("/api/v1/locations/imports").then().statusCode(200).body("created", is(1)).body("dry_run", is(true));
        given().get("/api/v1/locations/QA01").then().statusCode(404);
    }

    @Test
    void shouldRejectAFileThatIsNotTheOchaFormat() {
        csv("code,name\nX1,Somewhere\n").post("/api/v1/locations/imports").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("Location,Admin Level,P-Code"));
        given().contentType("text/csv").body(HEADER).post("/api/v1/locations/imports").then().statusCode(401);
    }

    @Test
    void shouldKeepARenamedAreasOldNameSearchable() {
        csv(HEADER + "KWT,1,KW01,Al Asimah,KWT,2020-01-01\n").post("/api/v1/locations/imports").then().statusCode(200);
        csv(HEADER + "KWT,1,KW01,Capital,KWT,2021-01-01\n").post("/api/v1/locations/imports").then().statusCode(200)
                .body("updated", is(1));
        given().get("/api/v1/locations/KW01").then().body("name", is("Capital")).body("aliases", hasItem("Al Asimah"));
        given().queryParam("q", "al asimah").get("/api/v1/locations").then().body("data.code", hasItem("KW01"));
    }
}
