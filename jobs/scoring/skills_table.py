"""The skills vocabulary: canonical skills, their aliases, what each implies and where a mention counts."""

# One skill a line (an indented line continues the one above): `Canonical | aliases | implied skills | kind`.
# Aliases match case- and accent-insensitively, token by token ("front end" = "front-end" = "frontend"), with
# an optional plural "s". An alias starting with "=" matches case-sensitively as written: short names that
# are also ordinary words (Go, R, C).
# A CV line naming a skill is also evidence for what it implies (Django → Python, Backend). `kind` gives the
# section where a mention counts in full: "edu" (education) or "lang" (languages); "job" marks an occupation,
# whose work a role evidences in full only when its title says the person held it; empty for everything else.
from jobs.scoring.skills_care import CARE
from jobs.scoring.skills_domains import DOMAINS
from jobs.scoring.skills_professions import PROFESSIONS
from jobs.scoring.skills_systems import SYSTEMS
from jobs.scoring.skills_trades import TRADES

TABLE = (
    """
Python | python, python3, cpython | |
Java | java, j2ee, jee, java ee, java se | |
JavaScript | javascript, js, ecmascript, es6, es2015, vanilla js | |
TypeScript | typescript, =TS | JavaScript |
C | =C, ansi c, c language, c programming, embedded c, c/c++ | |
C++ | c++, cpp, cplusplus, c/c++, stl | |
C# | c#, csharp, c sharp | .NET |
.NET | .net, dotnet, .net core, .net framework, net core, wcf, wpf | |
Go | golang, =Go | |
Rust | rust | |
Ruby | ruby | |
PHP | php | Backend |
Kotlin | kotlin | |
Swift | swift, swiftui | iOS |
Scala | scala | |
R | =R, r language, rstudio, tidyverse, r shiny, rshiny | |
MATLAB | matlab, simulink | |
Perl | perl | |
Shell scripting | bash, shell scripting, shell scripts, shell, zsh, powershell | |
SQL | sql, t-sql, tsql, pl/sql, plsql, sql queries | Databases |
Dart | dart | |
Elixir | elixir, phoenix framework | |
Haskell | haskell | |
Clojure | clojure | |
Objective-C | objective-c, objective c, objc | iOS |
Django | django | Python, Backend |
Django REST Framework | django rest framework, django-rest-framework, drf | Django, REST API |
Flask | flask | Python, Backend |
FastAPI | fastapi, fast api | Python, Backend |
Celery | celery | Python, Messaging |
SQLAlchemy | sqlalchemy | Python, SQL |
Spring | =Spring, spring boot, springboot, spring mvc, spring security, spring cloud | Java, Backend |
Hibernate | hibernate, jpa | Java, SQL |
Node.js | node.js, nodejs, node js, =Node | JavaScript, Backend |
Express | express.js, expressjs | Node.js |
NestJS | nestjs, nest.js | Node.js, TypeScript |
MERN stack | mern, mern stack | MongoDB, Express, React |
MEAN stack | mean stack, =MEAN | MongoDB, Express, Angular |
MEVN stack | mevn, mevn stack | MongoDB, Express, Vue |
Ruby on Rails | ruby on rails, rails, ror | Ruby, Backend |
Laravel | laravel | PHP, Backend |
Symfony | symfony | PHP, Backend |
Drupal | drupal | PHP |
ASP.NET | asp.net, asp.net core, asp.net mvc, asp net | .NET, Backend |
Entity Framework | entity framework, ef core | .NET, SQL |
GraphQL | graphql, apollo | API design, Backend |
gRPC | grpc, protobuf, protocol buffers | API design, Backend |
REST API | rest api, restful, rest apis, restful api, =REST, rest services, web api,
    web services | API design, Backend |
API design | api design, apis, api, openapi, swagger | |
Microservices | microservices, micro-services, microservice architecture, service-oriented architecture,
    soa | Backend |
Backend | backend, back-end, server-side, backend development, développement backend, desarrollo backend | |
Frontend | frontend, front-end, client-side, ui development, développement frontend, desarrollo frontend | |
React | react, reactjs, react.js, react hooks | JavaScript, Frontend |
Redux | redux, redux toolkit, zustand | React |
Next.js | next.js, nextjs | React |
Vue | vue, vue.js, vuejs, nuxt, nuxt.js, vuex, pinia | JavaScript, Frontend |
Angular | angular, angularjs, angular.js, rxjs, ngrx | JavaScript, Frontend |
Svelte | svelte, sveltekit | JavaScript, Frontend |
jQuery | jquery | JavaScript, Frontend |
HTML | html, html5, xhtml | Frontend |
CSS | css, css3, scss, sass, styled-components, css-in-js, tailwind, tailwindcss, bootstrap | Frontend |
Java app servers | tomcat, apache tomcat, weblogic, jboss, wildfly, websphere | Java |
IDE | eclipse, intellij, intellij idea, visual studio, vs code, vscode, pycharm, webstorm | |
Frontend tooling | webpack, vite, babel, rollup, esbuild, npm, yarn | Frontend |
Accessibility | accessibility, a11y, wcag, aria, accessibilité, accesibilidad, barrierefreiheit | Frontend |
Web performance | web performance, core web vitals, lighthouse, page speed | Frontend |
Responsive design | responsive design, responsive, mobile-first | Frontend |
Storybook | storybook, design system, design systems, component library | Frontend |
Jest | jest, vitest, react testing library, testing library, enzyme, mocha, jasmine | Testing, JavaScript |
Cypress | cypress, playwright, puppeteer, end-to-end tests, e2e tests | Testing |
Mobile | mobile development, mobile apps, mobile app, mobile applications | |
iOS | ios | Mobile |
Android | android | Mobile |
React Native | react native | React, Mobile |
Flutter | flutter | Dart, Mobile |
Software development | software development, software developer, software engineer, programmer,
    programming, application development, application developer, web developer, web development | |
Databases | databases, database, rdbms, database administrator, database administration, =DBA, data modeling,
    data modelling, base de données, bases de données, base de datos, bases de datos, datenbank,
    datenbanken | |
PostgreSQL | postgresql, postgres, psql, postgre, postgis | SQL |
MySQL | mysql, mariadb | SQL |
SQLite | sqlite | SQL |
Oracle Database | oracle, oracle database, oracle db | SQL |
SQL Server | sql server, mssql, ms sql, ssis, ssrs | SQL |
NoSQL | nosql | Databases |
MongoDB | mongodb, mongo, mongoose | NoSQL |
Redis | redis, memcached, elasticache | Databases |
Elasticsearch | elasticsearch, elastic search, opensearch, elk, kibana, solr | Databases |
Cassandra | cassandra, scylladb | NoSQL |
DynamoDB | dynamodb | NoSQL, AWS |
Messaging | messaging, message queue, message queues, message broker, event-driven, pub/sub, kafka, rabbitmq,
    sqs, amqp | |
Kafka | kafka, apache kafka, kafka streams | Messaging |
RabbitMQ | rabbitmq, rabbit mq | Messaging |
Cloud | cloud, cloud computing, cloud-native, nube, cloud infrastructure | |
AWS | aws, amazon web services, ec2, s3, ecs, eks, rds, cloudformation, aws lambda, cloudfront | Cloud |
GCP | gcp, google cloud, google cloud platform, gke, cloud run | Cloud |
Azure | azure, microsoft azure, azure devops | Cloud |
Docker | docker, docker-compose, docker compose, containers, containerization, containerisation, conteneurs,
    contenedores | DevOps |
Kubernetes | kubernetes, k8s, helm, openshift, kubectl | Docker, DevOps |
Terraform | terraform, infrastructure as code, iac, pulumi, cloudformation | DevOps |
Ansible | ansible, puppet, saltstack | DevOps |
CI/CD | ci/cd, ci cd, cicd, continuous integration, continuous delivery, continuous deployment,
    intégration continue, integración continua | DevOps |
Jenkins | jenkins | CI/CD |
GitHub Actions | github actions, gitlab ci, gitlab-ci, circleci, travis ci, teamcity,
    azure pipelines | CI/CD |
Linux | linux, unix, ubuntu, debian, centos, red hat, rhel | |
Git | git, github, gitlab, bitbucket, version control, tfs, svn | |
DevOps | devops, sre, site reliability, platform engineering | |
Monitoring | monitoring, observability, prometheus, grafana, datadog, new relic, sentry,
    opentelemetry | DevOps |
Security | security, owasp, oauth, oauth2, jwt, authentication, authorization, authorisation, pki, sécurité,
    seguridad, sicherheit | |
System design | system design, software architecture, distributed systems, scalability, scalable,
    architecture | |
Performance | performance tuning, performance optimization, performance optimisation, profiling, caching,
    query optimization, query optimisation | |
Testing | testing, tests, unit tests, unit testing, test automation, automated tests, integration tests, qa,
    tests unitaires, pruebas unitarias, pruebas automatizadas, unit-tests, testautomatisierung | |
TDD | tdd, test-driven development, test driven development, bdd | Testing |
pytest | pytest, unittest | Testing, Python |
JUnit | junit, mockito, testng | Testing, Java |
Selenium | selenium, webdriver | Testing |
Machine Learning | machine learning, =ML, apprentissage automatique, aprendizaje automático,
    maschinelles lernen, predictive modeling, predictive modelling, predictive model, classification,
    regression model, logistic regression, random forest, gradient boosting, support vector machine,
    decision tree, supervised learning, unsupervised learning, self-supervised learning,
    reinforcement learning, model training | Data science |
Deep Learning | deep learning, neural networks, neural network, cnn, rnn, lstm, transformers,
    réseaux de neurones, redes neuronales | Machine Learning |
TensorFlow | tensorflow, keras | Deep Learning, Python |
PyTorch | pytorch, torch, hugging face, huggingface | Deep Learning, Python |
scikit-learn | scikit-learn, sklearn, scikit learn, xgboost, lightgbm | Machine Learning, Python |
pandas | pandas, numpy, scipy, polars | Python, Data analysis |
Jupyter | jupyter, jupyter notebooks, notebooks | Python |
Statistics | statistics, statistical, statistical modeling, statistical modelling, hypothesis testing,
    statistical testing, statistical tests, statistical test, significance testing, significance tests,
    statistical analysis, biostatistics, probability, experiment design, experimental design,
    design of experiments,
    bayesian, statistique, statistiques, estadística, estadistica, statistik, econometrics | Data science |
A/B testing | a/b testing, a/b tests, a/b test, a/b tested, ab testing, experimentation, split testing,
    split tested, experiments | Statistics |
NLP | nlp, natural language processing, text mining,
    traitement du langage naturel, procesamiento de lenguaje natural | Machine Learning |
LLM | llm, llms, large language model, large language models | |
Computer vision | computer vision, image recognition, opencv, object detection,
    vision par ordinateur | Machine Learning |
MLOps | mlops, mlflow, kubeflow, model deployment, sagemaker, vertex ai | Machine Learning |
Data science | data science, data scientist, ciencia de datos, science des donnees, datenwissenschaft | |
Data analysis | data analysis, data analytics, analytics, analyse de données, análisis de datos, datenanalyse,
    data analyst | |
Data visualisation | data visualization, data visualisation, visualizing data, visualising data,
    visualize data, visualise data, dashboards, dashboard, tableau de bord,
    tableaux de bord, matplotlib, seaborn, plotly, looker, visualisation de données,
    visualización de datos | Data analysis |
ggplot2 | ggplot2, ggplot | R, Data visualisation |
D3.js | d3.js, d3js | JavaScript, Data visualisation |
Tableau | tableau | Data visualisation |
Power BI | power bi, powerbi | Data visualisation |
Excel | excel, spreadsheets, google sheets, vba | |
Spark | spark, pyspark, apache spark, databricks | Big data |
Big data | big data, hadoop, hive, mapreduce | Data engineering |
Data engineering | data engineering, etl, elt, data pipelines, data pipeline, data warehouse,
    data warehousing, data lake | |
Airflow | airflow, apache airflow, dagster, prefect | Data engineering |
dbt | dbt | Data engineering, SQL |
Snowflake | snowflake, redshift | Data engineering, SQL |
BigQuery | bigquery, big query | GCP, SQL |
Product management | product management, product manager, product owner, product strategy,
    product strategies, product ownership, head of product, director of product, vp of product, vp product,
    vice president of product, chief product officer, gestion de produit, chef de produit,
    gestión de producto, gestión de productos, produktmanagement, produktmanager | |
Roadmapping | roadmap, roadmaps, roadmapping, product roadmap, feuille de route,
    hoja de ruta | Product management |
User research | user research, user interviews, customer interviews, usability testing, product discovery,
    customer discovery, recherche utilisateur, investigación de usuarios | |
Stakeholder management | stakeholder management, stakeholders, stakeholder, parties prenantes,
    partes interesadas | |
Agile | agile, scrum, kanban, sprint, sprints, agilité, metodologías ágiles, agil, scaled agile | |
Jira | jira, confluence | |
Product analytics | product analytics, mixpanel, amplitude, google analytics, kpi, kpis, metrics, okr, okrs,
    north star metric | |
Go-to-market | go-to-market, go to market, gtm, product launch, product launches, launched, launch, launches,
    launching, product positioning, market positioning, pricing strategy | |
Market research | market research, market analysis, competitive analysis, competitor analysis,
    competitive research, competitive intelligence, market insights, customer insights, étude de marché,
    estudio de mercado | |
Prioritisation | prioritization, prioritisation, backlog, backlog management, rice, priorisation,
    priorización | |
Requirements | requirements, user stories, prd, prds, specifications, spécifications, especificaciones,
    cahier des charges | |
Process modelling | process modelling, process modeling, business process modelling,
    business process modeling, process mapping, process maps, process map, bpmn, business process management,
    business process re-engineering, business process reengineering, process re-engineering | |
UML | uml, uml diagrams | |
Project management | project management, project manager, gestion de projet, gestion de projets,
    chef de projet, gestión de proyectos, jefe de proyecto, projektmanagement, projektleiter, pmp, prince2,
    project delivery, delivered projects, managed projects, managing projects, manage projects, it projects,
    it project, software projects, technology projects, implementation projects, project coordinator,
    project coordination, project lead, project planning, project plans, project schedule, project schedules,
    program management, programme management, program manager, programme manager, pmo, capm,
    project management office, delivery manager | | job
UX design | ux, ui/ux, ux design, ux/ui, user experience, ui design, interaction design, wireframes,
    wireframing, prototyping, design thinking, figma, sketch, adobe xd | |
SEO | seo, search engine optimization, search engine optimisation, sem | Marketing |
Marketing | marketing, digital marketing, content marketing, growth marketing, marketing digital | | job
Sales | sales, business development, account management, account manager, account executive, salesperson,
    ventes, ventas, vertrieb, b2b sales | | job
New business | new business, new logos, new logo, client acquisition,
    customer acquisition, account acquisition, closed deals, closing deals, closed new business, deal closing,
    won new business, hunter, net new | Sales |
Prospecting | prospecting, cold calling, cold call, cold calls, cold outreach, outbound prospecting,
    lead generation, pipeline generation, qualified meetings, booked meetings, appointment setting,
    =SDR, =BDR, sales development | Sales |
CRM | crm, salesforce, hubspot | |
Budgeting | budgeting, budget, budgets, budget management, budget planning, budget control, budgetary control,
    cost control, presupuesto, presupuestos | Finance |
Finance | finance, financial analysis, financial modeling, financial modelling, p&l, finanzas,
    financial reporting | |
Accounting | accounting, bookkeeping, comptabilité, contabilidad, buchhaltung | Finance |
Accounting standards | gaap, us gaap, ifrs | |
Customer support | customer service, customer support, customer success, service client, atención al cliente,
    kundenservice, customer care, client services, client service, customer relations, call center,
    call centre, contact center, contact centre, guest services, customer-facing, customer facing | |
Recruiting | recruiting, recruitment, talent acquisition, recrutement, reclutamiento | | job
Teaching | teaching, teacher, tutoring, tutor, educator, instructor, lecturer, enseignement, enseignant,
    docencia, docente, unterricht, lehrer | | job
Logistics | logistics, supply chain, logistique, logística, logistik, procurement, inventory management | |
Leadership | leadership, team lead, tech lead, technical lead, lead engineer, lead developer, led a team,
    led the team, led teams, led a, managed a team, managed teams, team management, people management,
    managed the team, managing the team, managing a team, managing teams, manage a team, manage teams,
    managed staff, managing staff, manage staff, supervised staff, supervising staff, supervised a team,
    supervised teams, supervisory, staff supervision, staff management, team leader,
    team leadership, team manager, people manager, performance reviews, performance appraisals,
    staff appraisals, hired and trained,
    hiring and training, recruited and trained, staff development, charge nurse, shift lead, shift leader,
    shift supervisor, lead nurse, head nurse, nurse manager, crew leader, kitchen leadership,
    engineering manager, head of, director of, line management, leaded a team, leaded the team, leaded teams,
    direct reports, encadrement, management d'équipe,
    gestion d'équipe, chef d'équipe, dirigé, liderazgo, lideré, jefe de equipo, líder técnico,
    gestión de equipos, dirigí, führung, teamleitung, teamleiter, führungserfahrung, personalverantwortung,
    leitete | |
Mentoring | mentoring, mentored, mentor, coaching, coached, onboarded, tutorat, mentorat, mentoría,
    mentorin | |
Communication | communication, communication skills, presentations, public speaking, written communication,
    comunicación, kommunikation | |
Collaboration | cross-functional, collaborated, collaboration, teamwork, travail d'équipe, trabajo en equipo,
    teamarbeit, collaboré, colaboré | |
Problem solving | problem solving, analytical skills, debugging, résolution de problèmes,
    resolución de problemas | |
OOP | oop, object-oriented, object oriented, solid principles, design patterns, poo,
    programmation orientée objet | |
Computer science | computer science, informatique, informática, informatik, software engineering,
    computer engineering, génie logiciel | | edu
Degree | degree, bachelor, bachelor's, bsc, b.sc, master's, masters degree, master of, master in, master en,
    master 1, master 2, msc, m.sc, mba, phd, doctorate, licence en, licence professionnelle, diplôme, grado,
    licenciatura, maestría, diplom, studium | | edu
English | english, anglais, inglés, ingles, englisch | | lang
French | french, français, francés, französisch | | lang
Spanish | spanish, espagnol, español, castellano, spanisch | | lang
German | german, allemand, alemán, deutsch | | lang
"""
    + TRADES
    + PROFESSIONS
    + DOMAINS
    + SYSTEMS
    + CARE
)
