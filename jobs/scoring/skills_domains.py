"""The skills vocabulary of data engineering, medical offices and digital marketing (issue #9).

In the format of `skills_table.TABLE`. Postings for these trades name their tools and daily work in words the
general table did not know: a stream processor (Flink, Beam), a warehouse (DWH, star schemas), an
insurance claim or an electronic health record (Epic, Cerner), a paid campaign (PPC, Google Ads,
programmatic). A recruiter hiring for one reads these as the trade's own evidence. As in the trades table, no
alias is a generic word alone: "epic" is an agile backlog's word unless written as the product's name
("Epic"), "beam" is physics unless Apache's, "claims" are anyone's unless an insurer's.
"""

# No leading newline: the table joins a line that starts with blanks to the one above.
DOMAINS = """\
Stream processing | flink, apache flink, apache beam, google dataflow, cloud dataflow, kinesis,
    amazon kinesis, spark streaming, structured streaming, stream processing, streaming pipelines,
    streaming pipeline, real-time pipelines | Big data |
Data warehousing | dwh, data warehouses, data marts, data mart, star schema, star schemas, snowflake schema,
    dimensional modeling, dimensional modelling, olap, olap cubes, fact tables, kimball, data vault,
    warehouse schemas, warehouse schema | Data engineering, SQL |
Hadoop ecosystem | hdfs, sqoop, apache nifi, nifi, presto, trino, amazon emr, apache hive, hiveql | Big data |
Medical billing | medical billing, insurance billing, insurance claims, claims processing, claim submission,
    claims submission, insurance verification, verified insurance, verify insurance, verifying insurance,
    insurance eligibility, eligibility verification, insurance authorizations, prior authorization,
    prior authorizations, pre-authorization, pre-authorizations, medical coding, billing and coding,
    icd-10, icd-9, icd 10, cpt codes, cpt coding, superbills, co-pays, copays, patient payments,
    explanation of benefits, medicare billing, medicaid billing, third-party billing | |
Electronic health records | electronic health records, electronic health record, electronic medical records,
    electronic medical record, =EHR, =EMR, ehr systems, emr systems, =Epic, epic systems, cerner, meditech,
    athenahealth, eclinicalworks, allscripts, nextgen healthcare, practice fusion, kareo, dentrix,
    eaglesoft, practice management software, practice management system | |
Patient registration | patient registration, registering patients, registered patients, patient intake,
    patient check-in, checked in patients, checking in patients, check-in and check-out, medical records,
    patient records, patient charts, chart preparation, prepared charts, health records, hipaa | |
Paid advertising | ppc, pay-per-click, pay per click, paid search, paid social, paid media, google ads,
    adwords, facebook ads, meta ads, linkedin ads, programmatic advertising, programmatic display,
    programmatic media, programmatic buying, display advertising, display ads, search engine marketing,
    =SEM, media buying, ad campaigns, advertising campaigns, digital advertising, online advertising,
    ad spend, retargeting, remarketing | Marketing |
Marketing automation | marketing automation, marketo, pardot, mailchimp, klaviyo, email campaigns,
    email marketing, drip campaigns | Marketing |
"""
