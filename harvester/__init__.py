"""Collecting inquiries: message files and folders now; IMAP, B2B platform pages and
web-form posts as their issues land. Fetching is kept apart from parsing."""
