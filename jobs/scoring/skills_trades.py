"""The skills vocabulary of trades beyond software, in the format of `skills_table.TABLE` (issue #9).

IT support, office administration, project and programme management, customer service, HR, logistics and
operations, marketing, design: the occupations (as `job` entries, so a role's title holds them), their tools
and certifications, written as a recruiter hiring for them would. No alias is a generic word alone ("support",
"office", "manager", "director"): those name a trade only inside a phrase ("desktop support", "office
manager"), and a product is matched as a whole ("Active Directory", never "director").
"""

# No leading newline: the table joins a line that starts with blanks to the one above.
TRADES = """\
Troubleshooting | troubleshooting, troubleshoot, troubleshot, troubleshoots, diagnosing faults, fault finding,
    diagnose issues | |
IT support | it support, desktop support, technical support, tech support, help desk, helpdesk, service desk,
    it helpdesk, it help desk, end-user support, end user support, user support, deskside support,
    desk-side support, first-line support, first line support, 1st line support, second-line support,
    second line support, 2nd line support, tier 1 support, tier 2 support, level 1 support, level 2 support,
    it technician, support technician, computer technician, pc technician, it support specialist,
    help desk technician, desktop technician, field technician, it specialist, computer support, pc support,
    it analyst, support analyst, service desk analyst, help desk analyst, helpdesk analyst, desktop analyst,
    support specialist, it support engineer, desktop engineer | | job
Systems administration | systems administrator, system administrator, sysadmin, system administration,
    systems administration, server administration, it administrator | |
Ticketing | ticketing system, ticketing systems, support tickets, ticket queue,
    trouble tickets, incident tickets, servicenow,
    service now, zendesk, freshdesk, freshservice, jira service desk, jira service management, remedy,
    bmc remedy, manageengine, servicedesk plus, spiceworks, kayako, otrs, service requests | |
ITIL | itil, itil v3, itil v4, it service management, itsm | Ticketing |
IT certification | comptia, comptia a+, a+ certified, a+ certification, network+, security+, server+, ccna,
    ccnp,
    mcsa, mcse, mcp, mcitp, microsoft certified, google it support, google it support certificate,
    apple certified, acmt, acsp, jamf certified | |
Windows | windows, microsoft windows, windows 7, windows 8, windows 10, windows 11, windows xp,
    windows server,
    windows os | |
Active Directory | active directory, azure active directory, azure ad, entra id, group policy,
    group policies, gpo,
    ldap, user account management, password resets, password reset | Windows |
Microsoft 365 | microsoft 365, office 365, o365, m365, microsoft exchange, exchange server,
    exchange online, sharepoint,
    onedrive, microsoft teams, ms teams | Microsoft Office |
Microsoft Office | microsoft office, ms office, office suite, microsoft office suite, ms office suite,
    microsoft word, ms word, outlook, microsoft outlook, ms outlook, powerpoint, microsoft powerpoint,
    ms powerpoint, microsoft excel, ms excel, microsoft access, ms access, google workspace, g suite,
    gsuite, google docs | |
Endpoint management | sccm, mecm, intune, jamf, mobile device management, endpoint management,
    disk imaging,
    reimaging, re-imaging, system imaging, computer imaging, ghost imaging, wds, pxe,
    software installation, software installations, installing software, patch management, os patching,
    security patching | |
Hardware | computer hardware, pc hardware, hardware repair, hardware troubleshooting, hardware installation,
    hardware setup, peripherals, printers, printer, laptops, desktops, workstations, pcs, hardware support,
    hardware and software | |
Networking | computer networking, network administration, network administrator, network engineer, tcp/ip,
    dns,
    dhcp, lan, wan, lan/wan, vpn, vlan, vlans, routers, switches, firewall, firewalls, cisco, wi-fi, wifi,
    network troubleshooting, network support | |
Remote support | remote support, remote desktop, remote assistance, teamviewer, anydesk, bomgar, rdp,
    remote sessions, remote session | IT support |
Office administration | office administration, office administrator, office manager, office management,
    office coordinator, office assistant, administrative assistant, administrative assistants,
    admin assistant, administrative coordinator, administrative officer, administrative support,
    administrative specialist, administrative associate, administrative secretary, executive assistant,
    personal assistant, secretary, secretarial, medical secretary, legal secretary, unit secretary,
    ward clerk, clerical, office clerk, general office, receptionist, front desk, front office,
    practice manager, office operations, office services | | job
Reception | reception, greeting visitors, greeted visitors, greet visitors, greeting guests, greeted guests,
    greeting patients, greeted patients, welcoming visitors, answering phones, answered phones,
    answer phones, answering telephones, answered telephones, answering calls, answered calls,
    answering phone calls, answered phone calls, incoming calls, multi-line phone, multi-line phones,
    switchboard | Customer support |
Appointment scheduling | scheduled appointments, schedule appointments, patient scheduling, staff scheduling,
    shift scheduling, interview scheduling, scheduling appointments, appointment scheduling,
    appointment setting, calendar management, managing calendars, diary management, diaries,
    booking meetings, booked meetings, meeting scheduling, travel arrangements, travel booking,
    travel bookings, arranged travel, arranging travel, booking travel, booked travel,
    meeting coordination, event coordination, event planning, appointments, appointment booking,
    appointment bookings, booking appointments, booked appointments, appointment reminders, calendar,
    calendars, diary, travel coordination, coordinated travel, coordinating travel, organised travel,
    organized travel, travel itineraries, itineraries, room bookings, meeting room bookings | |
Records and data entry | data entry, record keeping, records management, recordkeeping, filing, filing system,
    filing systems, document management, touch typing, record maintenance, transcription, mail handling,
    incoming mail, sorting mail, mailroom, correspondence | |
Purchasing | purchasing, purchase orders, purchase order, ordering supplies, ordered supplies,
    office supplies,
    supplies ordering, supply orders, inventory of supplies, vendor management, vendor relations,
    vendor relationships, supplier management, supplier relations, requisitions, procurement,
    purchasing agent | |
Payroll | payroll, payroll processing, timesheets, timekeeping | |
Human resources | human resources, =HR, hr management, hris, employee relations,
    hr generalist, hr manager, hr coordinator, hr assistant, benefits administration, workday,
    bamboohr | | job
Operations management | operations management, operations manager, operations coordinator, warehouse,
    warehousing, warehouse management, distribution center, distribution centre, fulfilment, fulfillment,
    shipping and receiving, dispatcher, fleet management, inventory control, stock control,
    transport planning, transport planner, route planning, load planning, road haulage, freight forwarding
    | Logistics |
Graphic design | graphic design, graphic designer, branding, visual design, typography, print design | | job
Creative software | adobe creative suite, adobe creative cloud, photoshop, illustrator, indesign, coreldraw,
    canva, creative tools, creative software, creative suite | Graphic design |
Social media | social media, social media marketing, social media management, facebook ads, instagram,
    linkedin ads, google ads, adwords, email marketing, mailchimp, marketing campaigns,
    campaign management | Marketing |
"""
