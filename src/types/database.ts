export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[];

export type Database = {
  // Allows to automatically instantiate createClient with right options
  // instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)
  __InternalSupabase: {
    PostgrestVersion: '12.2.3';
  };
  public: {
    Tables: {
      audit_log: {
        Row: {
          actor_id: string | null;
          actor_role: string | null;
          changed_columns: string[] | null;
          id: number;
          new_data: Json | null;
          occurred_at: string;
          old_data: Json | null;
          operation: string;
          project_id: string | null;
          row_id: string | null;
          table_name: string;
        };
        Insert: {
          actor_id?: string | null;
          actor_role?: string | null;
          changed_columns?: string[] | null;
          id?: never;
          new_data?: Json | null;
          occurred_at?: string;
          old_data?: Json | null;
          operation: string;
          project_id?: string | null;
          row_id?: string | null;
          table_name: string;
        };
        Update: {
          actor_id?: string | null;
          actor_role?: string | null;
          changed_columns?: string[] | null;
          id?: never;
          new_data?: Json | null;
          occurred_at?: string;
          old_data?: Json | null;
          operation?: string;
          project_id?: string | null;
          row_id?: string | null;
          table_name?: string;
        };
        Relationships: [];
      };
      baseline_projects: {
        Row: {
          baseline_id: string;
          ends_on: string | null;
          growth_area_id: string | null;
          name: string;
          project_id: string;
          published: boolean;
          schedule_state: string;
          slug: string;
          stage: Database['public']['Enums']['project_stage'];
          starts_on: string | null;
        };
        Insert: {
          baseline_id: string;
          ends_on?: string | null;
          growth_area_id?: string | null;
          name: string;
          project_id: string;
          published: boolean;
          schedule_state: string;
          slug: string;
          stage: Database['public']['Enums']['project_stage'];
          starts_on?: string | null;
        };
        Update: {
          baseline_id?: string;
          ends_on?: string | null;
          growth_area_id?: string | null;
          name?: string;
          project_id?: string;
          published?: boolean;
          schedule_state?: string;
          slug?: string;
          stage?: Database['public']['Enums']['project_stage'];
          starts_on?: string | null;
        };
        Relationships: [
          {
            foreignKeyName: 'baseline_projects_baseline_id_fkey';
            columns: ['baseline_id'];
            isOneToOne: false;
            referencedRelation: 'baselines';
            referencedColumns: ['id'];
          },
        ];
      };
      baseline_tasks: {
        Row: {
          baseline_id: string;
          due_on: string | null;
          is_milestone: boolean;
          project_id: string;
          state: Database['public']['Enums']['task_state'];
          task_id: string;
          title: string;
        };
        Insert: {
          baseline_id: string;
          due_on?: string | null;
          is_milestone: boolean;
          project_id: string;
          state: Database['public']['Enums']['task_state'];
          task_id: string;
          title: string;
        };
        Update: {
          baseline_id?: string;
          due_on?: string | null;
          is_milestone?: boolean;
          project_id?: string;
          state?: Database['public']['Enums']['task_state'];
          task_id?: string;
          title?: string;
        };
        Relationships: [
          {
            foreignKeyName: 'baseline_tasks_baseline_id_fkey';
            columns: ['baseline_id'];
            isOneToOne: false;
            referencedRelation: 'baselines';
            referencedColumns: ['id'];
          },
        ];
      };
      baselines: {
        Row: {
          id: string;
          name: string;
          programme_id: string;
          project_count: number;
          taken_at: string;
          taken_by: string | null;
          task_count: number;
        };
        Insert: {
          id?: string;
          name: string;
          programme_id: string;
          project_count?: number;
          taken_at?: string;
          taken_by?: string | null;
          task_count?: number;
        };
        Update: {
          id?: string;
          name?: string;
          programme_id?: string;
          project_count?: number;
          taken_at?: string;
          taken_by?: string | null;
          task_count?: number;
        };
        Relationships: [
          {
            foreignKeyName: 'baselines_programme_id_fkey';
            columns: ['programme_id'];
            isOneToOne: false;
            referencedRelation: 'programmes';
            referencedColumns: ['id'];
          },
        ];
      };
      follows: {
        Row: {
          created_at: string;
          growth_area_id: string | null;
          id: string;
          project_id: string | null;
          user_id: string;
        };
        Insert: {
          created_at?: string;
          growth_area_id?: string | null;
          id?: string;
          project_id?: string | null;
          user_id?: string;
        };
        Update: {
          created_at?: string;
          growth_area_id?: string | null;
          id?: string;
          project_id?: string | null;
          user_id?: string;
        };
        Relationships: [
          {
            foreignKeyName: 'follows_growth_area_id_fkey';
            columns: ['growth_area_id'];
            isOneToOne: false;
            referencedRelation: 'growth_areas';
            referencedColumns: ['id'];
          },
          {
            foreignKeyName: 'follows_project_id_fkey';
            columns: ['project_id'];
            isOneToOne: false;
            referencedRelation: 'projects';
            referencedColumns: ['id'];
          },
        ];
      };
      growth_area_people: {
        Row: {
          created_at: string;
          growth_area_id: string;
          id: string;
          person_id: string;
          role: string;
          role_en: string | null;
          role_sv: string | null;
          sort_order: number;
          updated_at: string;
          updated_by: string | null;
          version: number;
        };
        Insert: {
          created_at?: string;
          growth_area_id: string;
          id?: string;
          person_id: string;
          role: string;
          role_en?: string | null;
          role_sv?: string | null;
          sort_order?: number;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Update: {
          created_at?: string;
          growth_area_id?: string;
          id?: string;
          person_id?: string;
          role?: string;
          role_en?: string | null;
          role_sv?: string | null;
          sort_order?: number;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Relationships: [
          {
            foreignKeyName: 'growth_area_people_growth_area_id_fkey';
            columns: ['growth_area_id'];
            isOneToOne: false;
            referencedRelation: 'growth_areas';
            referencedColumns: ['id'];
          },
          {
            foreignKeyName: 'growth_area_people_person_id_fkey';
            columns: ['person_id'];
            isOneToOne: false;
            referencedRelation: 'people';
            referencedColumns: ['id'];
          },
        ];
      };
      growth_areas: {
        Row: {
          color: string;
          created_at: string;
          description: string | null;
          description_en: string | null;
          description_sv: string | null;
          id: string;
          lead_person_id: string | null;
          name: string;
          name_en: string | null;
          name_sv: string | null;
          programme_id: string;
          slug: string;
          sort_order: number;
          updated_at: string;
          updated_by: string | null;
          version: number;
        };
        Insert: {
          color?: string;
          created_at?: string;
          description?: string | null;
          description_en?: string | null;
          description_sv?: string | null;
          id?: string;
          lead_person_id?: string | null;
          name: string;
          name_en?: string | null;
          name_sv?: string | null;
          programme_id: string;
          slug: string;
          sort_order?: number;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Update: {
          color?: string;
          created_at?: string;
          description?: string | null;
          description_en?: string | null;
          description_sv?: string | null;
          id?: string;
          lead_person_id?: string | null;
          name?: string;
          name_en?: string | null;
          name_sv?: string | null;
          programme_id?: string;
          slug?: string;
          sort_order?: number;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Relationships: [
          {
            foreignKeyName: 'growth_areas_lead_person_id_fkey';
            columns: ['lead_person_id'];
            isOneToOne: false;
            referencedRelation: 'people';
            referencedColumns: ['id'];
          },
          {
            foreignKeyName: 'growth_areas_programme_id_fkey';
            columns: ['programme_id'];
            isOneToOne: false;
            referencedRelation: 'programmes';
            referencedColumns: ['id'];
          },
        ];
      };
      import_uploads: {
        Row: {
          created_at: string;
          data: Json;
          owner_id: string;
          part: number;
          upload_id: string;
        };
        Insert: {
          created_at?: string;
          data: Json;
          owner_id?: string;
          part: number;
          upload_id: string;
        };
        Update: {
          created_at?: string;
          data?: Json;
          owner_id?: string;
          part?: number;
          upload_id?: string;
        };
        Relationships: [];
      };
      indicator_goals: {
        Row: {
          created_at: string;
          id: string;
          indicator_id: string;
          updated_at: string;
          updated_by: string | null;
          value: number;
          version: number;
          year: number;
        };
        Insert: {
          created_at?: string;
          id?: string;
          indicator_id: string;
          updated_at?: string;
          updated_by?: string | null;
          value: number;
          version?: number;
          year: number;
        };
        Update: {
          created_at?: string;
          id?: string;
          indicator_id?: string;
          updated_at?: string;
          updated_by?: string | null;
          value?: number;
          version?: number;
          year?: number;
        };
        Relationships: [
          {
            foreignKeyName: 'indicator_goals_indicator_id_fkey';
            columns: ['indicator_id'];
            isOneToOne: false;
            referencedRelation: 'indicators';
            referencedColumns: ['id'];
          },
        ];
      };
      indicator_projects: {
        Row: {
          created_at: string;
          indicator_id: string;
          project_id: string;
        };
        Insert: {
          created_at?: string;
          indicator_id: string;
          project_id: string;
        };
        Update: {
          created_at?: string;
          indicator_id?: string;
          project_id?: string;
        };
        Relationships: [
          {
            foreignKeyName: 'indicator_projects_indicator_id_fkey';
            columns: ['indicator_id'];
            isOneToOne: false;
            referencedRelation: 'indicators';
            referencedColumns: ['id'];
          },
          {
            foreignKeyName: 'indicator_projects_project_id_fkey';
            columns: ['project_id'];
            isOneToOne: false;
            referencedRelation: 'projects';
            referencedColumns: ['id'];
          },
        ];
      };
      indicator_values: {
        Row: {
          created_at: string;
          entered_by: string | null;
          id: string;
          indicator_id: string;
          measured_on: string;
          note: string | null;
          updated_at: string;
          updated_by: string | null;
          value: number;
          version: number;
        };
        Insert: {
          created_at?: string;
          entered_by?: string | null;
          id?: string;
          indicator_id: string;
          measured_on: string;
          note?: string | null;
          updated_at?: string;
          updated_by?: string | null;
          value: number;
          version?: number;
        };
        Update: {
          created_at?: string;
          entered_by?: string | null;
          id?: string;
          indicator_id?: string;
          measured_on?: string;
          note?: string | null;
          updated_at?: string;
          updated_by?: string | null;
          value?: number;
          version?: number;
        };
        Relationships: [
          {
            foreignKeyName: 'indicator_values_indicator_id_fkey';
            columns: ['indicator_id'];
            isOneToOne: false;
            referencedRelation: 'indicators';
            referencedColumns: ['id'];
          },
        ];
      };
      indicators: {
        Row: {
          baseline_on: string | null;
          baseline_value: number | null;
          cadence: Database['public']['Enums']['indicator_cadence'];
          created_at: string;
          decimals: number;
          description: string | null;
          description_en: string | null;
          description_sv: string | null;
          direction: Database['public']['Enums']['indicator_direction'];
          growth_area_id: string | null;
          id: string;
          name: string;
          name_en: string | null;
          name_sv: string | null;
          programme_id: string | null;
          project_id: string | null;
          published: boolean;
          sort_order: number;
          source: string | null;
          tolerance_percent: number;
          unit: string | null;
          updated_at: string;
          updated_by: string | null;
          version: number;
        };
        Insert: {
          baseline_on?: string | null;
          baseline_value?: number | null;
          cadence?: Database['public']['Enums']['indicator_cadence'];
          created_at?: string;
          decimals?: number;
          description?: string | null;
          description_en?: string | null;
          description_sv?: string | null;
          direction?: Database['public']['Enums']['indicator_direction'];
          growth_area_id?: string | null;
          id?: string;
          name: string;
          name_en?: string | null;
          name_sv?: string | null;
          programme_id?: string | null;
          project_id?: string | null;
          published?: boolean;
          sort_order?: number;
          source?: string | null;
          tolerance_percent?: number;
          unit?: string | null;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Update: {
          baseline_on?: string | null;
          baseline_value?: number | null;
          cadence?: Database['public']['Enums']['indicator_cadence'];
          created_at?: string;
          decimals?: number;
          description?: string | null;
          description_en?: string | null;
          description_sv?: string | null;
          direction?: Database['public']['Enums']['indicator_direction'];
          growth_area_id?: string | null;
          id?: string;
          name?: string;
          name_en?: string | null;
          name_sv?: string | null;
          programme_id?: string | null;
          project_id?: string | null;
          published?: boolean;
          sort_order?: number;
          source?: string | null;
          tolerance_percent?: number;
          unit?: string | null;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Relationships: [
          {
            foreignKeyName: 'indicators_growth_area_id_fkey';
            columns: ['growth_area_id'];
            isOneToOne: false;
            referencedRelation: 'growth_areas';
            referencedColumns: ['id'];
          },
          {
            foreignKeyName: 'indicators_programme_id_fkey';
            columns: ['programme_id'];
            isOneToOne: false;
            referencedRelation: 'programmes';
            referencedColumns: ['id'];
          },
          {
            foreignKeyName: 'indicators_project_id_fkey';
            columns: ['project_id'];
            isOneToOne: false;
            referencedRelation: 'projects';
            referencedColumns: ['id'];
          },
        ];
      };
      mail_outbox: {
        Row: {
          attempts: number;
          claim_token: string | null;
          claimed_at: string | null;
          created_at: string;
          dedupe_key: string;
          failed_at: string | null;
          id: string;
          kinds: string[];
          last_error: string | null;
          lease_expires_at: string | null;
          locale: string;
          max_attempts: number;
          message_id: string;
          payload: Json;
          recipient_id: string | null;
          send_after: string;
          sent_at: string | null;
          smtp_response: string | null;
          template: string;
          to_address: string;
        };
        Insert: {
          attempts?: number;
          claim_token?: string | null;
          claimed_at?: string | null;
          created_at?: string;
          dedupe_key: string;
          failed_at?: string | null;
          id?: string;
          kinds?: string[];
          last_error?: string | null;
          lease_expires_at?: string | null;
          locale?: string;
          max_attempts?: number;
          message_id?: never;
          payload?: Json;
          recipient_id?: string | null;
          send_after?: string;
          sent_at?: string | null;
          smtp_response?: string | null;
          template: string;
          to_address: string;
        };
        Update: {
          attempts?: number;
          claim_token?: string | null;
          claimed_at?: string | null;
          created_at?: string;
          dedupe_key?: string;
          failed_at?: string | null;
          id?: string;
          kinds?: string[];
          last_error?: string | null;
          lease_expires_at?: string | null;
          locale?: string;
          max_attempts?: number;
          message_id?: never;
          payload?: Json;
          recipient_id?: string | null;
          send_after?: string;
          sent_at?: string | null;
          smtp_response?: string | null;
          template?: string;
          to_address?: string;
        };
        Relationships: [];
      };
      notification_preferences: {
        Row: {
          digest_cadence: string;
          email_follows: boolean;
          email_locale: string | null;
          email_nudges: boolean;
          email_portfolio: boolean;
          email_reminders: boolean;
          updated_at: string;
          user_id: string;
        };
        Insert: {
          digest_cadence?: string;
          email_follows?: boolean;
          email_locale?: string | null;
          email_nudges?: boolean;
          email_portfolio?: boolean;
          email_reminders?: boolean;
          updated_at?: string;
          user_id?: string;
        };
        Update: {
          digest_cadence?: string;
          email_follows?: boolean;
          email_locale?: string | null;
          email_nudges?: boolean;
          email_portfolio?: boolean;
          email_reminders?: boolean;
          updated_at?: string;
          user_id?: string;
        };
        Relationships: [];
      };
      notifications: {
        Row: {
          created_at: string;
          id: string;
          kind: string;
          mail_id: string | null;
          mail_state: string;
          occurrence: string;
          payload: Json;
          project_id: string | null;
          read_at: string | null;
          recipient_id: string;
          rule: string;
          subject_id: string;
          task_id: string | null;
        };
        Insert: {
          created_at?: string;
          id?: string;
          kind?: never;
          mail_id?: string | null;
          mail_state?: string;
          occurrence: string;
          payload?: Json;
          project_id?: string | null;
          read_at?: string | null;
          recipient_id: string;
          rule: string;
          subject_id: string;
          task_id?: string | null;
        };
        Update: {
          created_at?: string;
          id?: string;
          kind?: never;
          mail_id?: string | null;
          mail_state?: string;
          occurrence?: string;
          payload?: Json;
          project_id?: string | null;
          read_at?: string | null;
          recipient_id?: string;
          rule?: string;
          subject_id?: string;
          task_id?: string | null;
        };
        Relationships: [
          {
            foreignKeyName: 'notifications_mail_id_fkey';
            columns: ['mail_id'];
            isOneToOne: false;
            referencedRelation: 'mail_outbox';
            referencedColumns: ['id'];
          },
          {
            foreignKeyName: 'notifications_project_id_fkey';
            columns: ['project_id'];
            isOneToOne: false;
            referencedRelation: 'projects';
            referencedColumns: ['id'];
          },
          {
            foreignKeyName: 'notifications_task_id_fkey';
            columns: ['task_id'];
            isOneToOne: false;
            referencedRelation: 'tasks';
            referencedColumns: ['id'];
          },
        ];
      };
      nudges: {
        Row: {
          created_at: string;
          id: string;
          message: string | null;
          project_id: string;
          sender_id: string | null;
        };
        Insert: {
          created_at?: string;
          id?: string;
          message?: string | null;
          project_id: string;
          sender_id?: string | null;
        };
        Update: {
          created_at?: string;
          id?: string;
          message?: string | null;
          project_id?: string;
          sender_id?: string | null;
        };
        Relationships: [
          {
            foreignKeyName: 'nudges_project_id_fkey';
            columns: ['project_id'];
            isOneToOne: false;
            referencedRelation: 'projects';
            referencedColumns: ['id'];
          },
        ];
      };
      organisations: {
        Row: {
          created_at: string;
          id: string;
          name: string;
          short_name: string | null;
          updated_at: string;
          updated_by: string | null;
          version: number;
          website: string | null;
        };
        Insert: {
          created_at?: string;
          id?: string;
          name: string;
          short_name?: string | null;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
          website?: string | null;
        };
        Update: {
          created_at?: string;
          id?: string;
          name?: string;
          short_name?: string | null;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
          website?: string | null;
        };
        Relationships: [];
      };
      people: {
        Row: {
          created_at: string;
          email: string | null;
          full_name: string;
          id: string;
          organisation: string | null;
          title: string | null;
          updated_at: string;
          updated_by: string | null;
          user_id: string | null;
          version: number;
        };
        Insert: {
          created_at?: string;
          email?: string | null;
          full_name: string;
          id?: string;
          organisation?: string | null;
          title?: string | null;
          updated_at?: string;
          updated_by?: string | null;
          user_id?: string | null;
          version?: number;
        };
        Update: {
          created_at?: string;
          email?: string | null;
          full_name?: string;
          id?: string;
          organisation?: string | null;
          title?: string | null;
          updated_at?: string;
          updated_by?: string | null;
          user_id?: string | null;
          version?: number;
        };
        Relationships: [];
      };
      programmes: {
        Row: {
          created_at: string;
          description: string | null;
          description_en: string | null;
          description_sv: string | null;
          ends_on: string;
          id: string;
          name: string;
          name_en: string | null;
          name_sv: string | null;
          published: boolean;
          slug: string;
          sort_order: number;
          starts_on: string;
          updated_at: string;
          updated_by: string | null;
          version: number;
        };
        Insert: {
          created_at?: string;
          description?: string | null;
          description_en?: string | null;
          description_sv?: string | null;
          ends_on: string;
          id?: string;
          name: string;
          name_en?: string | null;
          name_sv?: string | null;
          published?: boolean;
          slug: string;
          sort_order?: number;
          starts_on: string;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Update: {
          created_at?: string;
          description?: string | null;
          description_en?: string | null;
          description_sv?: string | null;
          ends_on?: string;
          id?: string;
          name?: string;
          name_en?: string | null;
          name_sv?: string | null;
          published?: boolean;
          slug?: string;
          sort_order?: number;
          starts_on?: string;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Relationships: [];
      };
      project_contacts: {
        Row: {
          created_at: string;
          id: string;
          is_primary: boolean;
          person_id: string;
          project_id: string;
          role: string | null;
          role_en: string | null;
          role_sv: string | null;
          sort_order: number;
          updated_at: string;
          updated_by: string | null;
          version: number;
        };
        Insert: {
          created_at?: string;
          id?: string;
          is_primary?: boolean;
          person_id: string;
          project_id: string;
          role?: string | null;
          role_en?: string | null;
          role_sv?: string | null;
          sort_order?: number;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Update: {
          created_at?: string;
          id?: string;
          is_primary?: boolean;
          person_id?: string;
          project_id?: string;
          role?: string | null;
          role_en?: string | null;
          role_sv?: string | null;
          sort_order?: number;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Relationships: [
          {
            foreignKeyName: 'project_contacts_person_id_fkey';
            columns: ['person_id'];
            isOneToOne: false;
            referencedRelation: 'people';
            referencedColumns: ['id'];
          },
          {
            foreignKeyName: 'project_contacts_project_id_fkey';
            columns: ['project_id'];
            isOneToOne: false;
            referencedRelation: 'projects';
            referencedColumns: ['id'];
          },
        ];
      };
      project_follow_ups: {
        Row: {
          created_at: string;
          follow_up_project_id: string | null;
          id: string;
          name: string | null;
          name_en: string | null;
          name_sv: string | null;
          note: string | null;
          note_en: string | null;
          note_sv: string | null;
          project_id: string;
          sort_order: number;
          updated_at: string;
          updated_by: string | null;
          version: number;
        };
        Insert: {
          created_at?: string;
          follow_up_project_id?: string | null;
          id?: string;
          name?: string | null;
          name_en?: string | null;
          name_sv?: string | null;
          note?: string | null;
          note_en?: string | null;
          note_sv?: string | null;
          project_id: string;
          sort_order?: number;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Update: {
          created_at?: string;
          follow_up_project_id?: string | null;
          id?: string;
          name?: string | null;
          name_en?: string | null;
          name_sv?: string | null;
          note?: string | null;
          note_en?: string | null;
          note_sv?: string | null;
          project_id?: string;
          sort_order?: number;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Relationships: [
          {
            foreignKeyName: 'project_follow_ups_follow_up_project_id_fkey';
            columns: ['follow_up_project_id'];
            isOneToOne: false;
            referencedRelation: 'projects';
            referencedColumns: ['id'];
          },
          {
            foreignKeyName: 'project_follow_ups_project_id_fkey';
            columns: ['project_id'];
            isOneToOne: false;
            referencedRelation: 'projects';
            referencedColumns: ['id'];
          },
        ];
      };
      project_funding: {
        Row: {
          amount: number | null;
          applied_on: string | null;
          created_at: string;
          decided_on: string | null;
          follow_up_id: string | null;
          id: string;
          instrument: string;
          note: string | null;
          note_en: string | null;
          note_sv: string | null;
          project_id: string;
          state: Database['public']['Enums']['funding_state'];
          updated_at: string;
          updated_by: string | null;
          version: number;
        };
        Insert: {
          amount?: number | null;
          applied_on?: string | null;
          created_at?: string;
          decided_on?: string | null;
          follow_up_id?: string | null;
          id?: string;
          instrument: string;
          note?: string | null;
          note_en?: string | null;
          note_sv?: string | null;
          project_id: string;
          state?: Database['public']['Enums']['funding_state'];
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Update: {
          amount?: number | null;
          applied_on?: string | null;
          created_at?: string;
          decided_on?: string | null;
          follow_up_id?: string | null;
          id?: string;
          instrument?: string;
          note?: string | null;
          note_en?: string | null;
          note_sv?: string | null;
          project_id?: string;
          state?: Database['public']['Enums']['funding_state'];
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Relationships: [
          {
            foreignKeyName: 'project_funding_follow_up_id_fkey';
            columns: ['follow_up_id'];
            isOneToOne: false;
            referencedRelation: 'project_follow_ups';
            referencedColumns: ['id'];
          },
          {
            foreignKeyName: 'project_funding_project_id_fkey';
            columns: ['project_id'];
            isOneToOne: false;
            referencedRelation: 'projects';
            referencedColumns: ['id'];
          },
        ];
      };
      project_members: {
        Row: {
          created_at: string;
          project_id: string;
          role: Database['public']['Enums']['member_role'];
          user_id: string;
        };
        Insert: {
          created_at?: string;
          project_id: string;
          role?: Database['public']['Enums']['member_role'];
          user_id: string;
        };
        Update: {
          created_at?: string;
          project_id?: string;
          role?: Database['public']['Enums']['member_role'];
          user_id?: string;
        };
        Relationships: [
          {
            foreignKeyName: 'project_members_project_id_fkey';
            columns: ['project_id'];
            isOneToOne: false;
            referencedRelation: 'projects';
            referencedColumns: ['id'];
          },
        ];
      };
      project_partners: {
        Row: {
          created_at: string;
          id: string;
          organisation_id: string;
          project_id: string;
          role: string | null;
          role_en: string | null;
          role_sv: string | null;
          sort_order: number;
          updated_at: string;
          updated_by: string | null;
          version: number;
        };
        Insert: {
          created_at?: string;
          id?: string;
          organisation_id: string;
          project_id: string;
          role?: string | null;
          role_en?: string | null;
          role_sv?: string | null;
          sort_order?: number;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Update: {
          created_at?: string;
          id?: string;
          organisation_id?: string;
          project_id?: string;
          role?: string | null;
          role_en?: string | null;
          role_sv?: string | null;
          sort_order?: number;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Relationships: [
          {
            foreignKeyName: 'project_partners_organisation_id_fkey';
            columns: ['organisation_id'];
            isOneToOne: false;
            referencedRelation: 'organisations';
            referencedColumns: ['id'];
          },
          {
            foreignKeyName: 'project_partners_project_id_fkey';
            columns: ['project_id'];
            isOneToOne: false;
            referencedRelation: 'projects';
            referencedColumns: ['id'];
          },
        ];
      };
      projects: {
        Row: {
          created_at: string;
          ends_on: string | null;
          growth_area_id: string | null;
          id: string;
          name: string;
          name_en: string | null;
          name_sv: string | null;
          official_description: string | null;
          official_description_en: string | null;
          official_description_sv: string | null;
          programme_id: string;
          progress_manual: number | null;
          progress_note: string | null;
          published: boolean;
          schedule_note: string | null;
          schedule_status: Database['public']['Enums']['schedule_status'] | null;
          slug: string;
          stage: Database['public']['Enums']['project_stage'];
          starts_on: string | null;
          summary: string | null;
          summary_en: string | null;
          summary_sv: string | null;
          updated_at: string;
          updated_by: string | null;
          version: number;
        };
        Insert: {
          created_at?: string;
          ends_on?: string | null;
          growth_area_id?: string | null;
          id?: string;
          name: string;
          name_en?: string | null;
          name_sv?: string | null;
          official_description?: string | null;
          official_description_en?: string | null;
          official_description_sv?: string | null;
          programme_id: string;
          progress_manual?: number | null;
          progress_note?: string | null;
          published?: boolean;
          schedule_note?: string | null;
          schedule_status?: Database['public']['Enums']['schedule_status'] | null;
          slug: string;
          stage?: Database['public']['Enums']['project_stage'];
          starts_on?: string | null;
          summary?: string | null;
          summary_en?: string | null;
          summary_sv?: string | null;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Update: {
          created_at?: string;
          ends_on?: string | null;
          growth_area_id?: string | null;
          id?: string;
          name?: string;
          name_en?: string | null;
          name_sv?: string | null;
          official_description?: string | null;
          official_description_en?: string | null;
          official_description_sv?: string | null;
          programme_id?: string;
          progress_manual?: number | null;
          progress_note?: string | null;
          published?: boolean;
          schedule_note?: string | null;
          schedule_status?: Database['public']['Enums']['schedule_status'] | null;
          slug?: string;
          stage?: Database['public']['Enums']['project_stage'];
          starts_on?: string | null;
          summary?: string | null;
          summary_en?: string | null;
          summary_sv?: string | null;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Relationships: [
          {
            foreignKeyName: 'projects_growth_area_id_fkey';
            columns: ['growth_area_id'];
            isOneToOne: false;
            referencedRelation: 'growth_areas';
            referencedColumns: ['id'];
          },
          {
            foreignKeyName: 'projects_programme_id_fkey';
            columns: ['programme_id'];
            isOneToOne: false;
            referencedRelation: 'programmes';
            referencedColumns: ['id'];
          },
        ];
      };
      reminder_settings: {
        Row: {
          created_at: string;
          due_soon_days: number[];
          late_first_days: number;
          late_repeat_days: number;
          late_second_days: number;
          not_updated_days: number;
          not_updated_repeat_days: number;
          programme_id: string;
          status_update_cadence: string;
          updated_at: string;
          updated_by: string | null;
          version: number;
        };
        Insert: {
          created_at?: string;
          due_soon_days?: number[];
          late_first_days?: number;
          late_repeat_days?: number;
          late_second_days?: number;
          not_updated_days?: number;
          not_updated_repeat_days?: number;
          programme_id: string;
          status_update_cadence?: string;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Update: {
          created_at?: string;
          due_soon_days?: number[];
          late_first_days?: number;
          late_repeat_days?: number;
          late_second_days?: number;
          not_updated_days?: number;
          not_updated_repeat_days?: number;
          programme_id?: string;
          status_update_cadence?: string;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Relationships: [
          {
            foreignKeyName: 'reminder_settings_programme_id_fkey';
            columns: ['programme_id'];
            isOneToOne: true;
            referencedRelation: 'programmes';
            referencedColumns: ['id'];
          },
        ];
      };
      status_updates: {
        Row: {
          author_id: string | null;
          created_at: string;
          happened: string;
          id: string;
          next_steps: string | null;
          project_id: string;
          proposed_schedule_status: Database['public']['Enums']['schedule_status'] | null;
          risks: string | null;
          updated_at: string;
          updated_by: string | null;
          version: number;
        };
        Insert: {
          author_id?: string | null;
          created_at?: string;
          happened: string;
          id?: string;
          next_steps?: string | null;
          project_id: string;
          proposed_schedule_status?: Database['public']['Enums']['schedule_status'] | null;
          risks?: string | null;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Update: {
          author_id?: string | null;
          created_at?: string;
          happened?: string;
          id?: string;
          next_steps?: string | null;
          project_id?: string;
          proposed_schedule_status?: Database['public']['Enums']['schedule_status'] | null;
          risks?: string | null;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Relationships: [
          {
            foreignKeyName: 'status_updates_project_id_fkey';
            columns: ['project_id'];
            isOneToOne: false;
            referencedRelation: 'projects';
            referencedColumns: ['id'];
          },
        ];
      };
      tasks: {
        Row: {
          assignee_person_id: string | null;
          completed_on: string | null;
          created_at: string;
          details: string | null;
          details_en: string | null;
          details_sv: string | null;
          due_on: string | null;
          id: string;
          is_milestone: boolean;
          project_id: string;
          sort_order: number;
          state: Database['public']['Enums']['task_state'];
          title: string;
          title_en: string | null;
          title_sv: string | null;
          updated_at: string;
          updated_by: string | null;
          version: number;
        };
        Insert: {
          assignee_person_id?: string | null;
          completed_on?: string | null;
          created_at?: string;
          details?: string | null;
          details_en?: string | null;
          details_sv?: string | null;
          due_on?: string | null;
          id?: string;
          is_milestone?: boolean;
          project_id: string;
          sort_order?: number;
          state?: Database['public']['Enums']['task_state'];
          title: string;
          title_en?: string | null;
          title_sv?: string | null;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Update: {
          assignee_person_id?: string | null;
          completed_on?: string | null;
          created_at?: string;
          details?: string | null;
          details_en?: string | null;
          details_sv?: string | null;
          due_on?: string | null;
          id?: string;
          is_milestone?: boolean;
          project_id?: string;
          sort_order?: number;
          state?: Database['public']['Enums']['task_state'];
          title?: string;
          title_en?: string | null;
          title_sv?: string | null;
          updated_at?: string;
          updated_by?: string | null;
          version?: number;
        };
        Relationships: [
          {
            foreignKeyName: 'tasks_assignee_person_id_fkey';
            columns: ['assignee_person_id'];
            isOneToOne: false;
            referencedRelation: 'people';
            referencedColumns: ['id'];
          },
          {
            foreignKeyName: 'tasks_project_id_fkey';
            columns: ['project_id'];
            isOneToOne: false;
            referencedRelation: 'projects';
            referencedColumns: ['id'];
          },
        ];
      };
      user_roles: {
        Row: {
          created_at: string;
          role: Database['public']['Enums']['app_role'];
          user_id: string;
        };
        Insert: {
          created_at?: string;
          role: Database['public']['Enums']['app_role'];
          user_id: string;
        };
        Update: {
          created_at?: string;
          role?: Database['public']['Enums']['app_role'];
          user_id?: string;
        };
        Relationships: [];
      };
      user_settings: {
        Row: {
          last_reviewed_at: string | null;
          locale: string | null;
          updated_at: string;
          user_id: string;
        };
        Insert: {
          last_reviewed_at?: string | null;
          locale?: string | null;
          updated_at?: string;
          user_id: string;
        };
        Update: {
          last_reviewed_at?: string | null;
          locale?: string | null;
          updated_at?: string;
          user_id?: string;
        };
        Relationships: [];
      };
    };
    Views: {
      dashboard_deadlines: {
        Row: {
          assignee_name: string | null;
          assignee_person_id: string | null;
          days_late: number | null;
          due_on: string | null;
          growth_area_id: string | null;
          id: string | null;
          is_milestone: boolean | null;
          is_overdue: boolean | null;
          lead_name: string | null;
          lead_person_id: string | null;
          project_id: string | null;
          project_name: string | null;
          project_name_en: string | null;
          project_name_sv: string | null;
          project_published: boolean | null;
          project_slug: string | null;
          state: Database['public']['Enums']['task_state'] | null;
          title: string | null;
          title_en: string | null;
          title_sv: string | null;
        };
        Relationships: [];
      };
      dashboard_settings: {
        Row: {
          aging_max_days: number | null;
          fresh_max_days: number | null;
          stale_after_days: number | null;
          upcoming_days: number | null;
          updated_at: string | null;
          version: number | null;
        };
        Insert: {
          aging_max_days?: number | null;
          fresh_max_days?: number | null;
          stale_after_days?: number | null;
          upcoming_days?: number | null;
          updated_at?: string | null;
          version?: number | null;
        };
        Update: {
          aging_max_days?: number | null;
          fresh_max_days?: number | null;
          stale_after_days?: number | null;
          upcoming_days?: number | null;
          updated_at?: string | null;
          version?: number | null;
        };
        Relationships: [];
      };
      funding_awaiting_decision: {
        Row: {
          amount: number | null;
          applied_on: string | null;
          days_waiting: number | null;
          follow_up_id: string | null;
          follow_up_name: string | null;
          follow_up_name_en: string | null;
          follow_up_name_sv: string | null;
          growth_area_id: string | null;
          id: string | null;
          instrument: string | null;
          lead_name: string | null;
          lead_person_id: string | null;
          note: string | null;
          note_en: string | null;
          note_sv: string | null;
          project_id: string | null;
          project_name: string | null;
          project_name_en: string | null;
          project_name_sv: string | null;
          project_published: boolean | null;
          project_slug: string | null;
        };
        Relationships: [];
      };
      growth_area_progress: {
        Row: {
          days_after_planned_end: number | null;
          drift_basis: Json | null;
          earlier_moves: number | null;
          forecast_end_on: string | null;
          id: string | null;
          later_moves: number | null;
          median_days_moved: number | null;
          moves: number | null;
          planned_end_on: string | null;
          programme_id: string | null;
          progress: number | null;
          project_count: number | null;
          projects_with_progress: number | null;
          total_days_moved: number | null;
        };
        Relationships: [];
      };
      indicator_status: {
        Row: {
          cadence: Database['public']['Enums']['indicator_cadence'] | null;
          contributing_project_ids: string[] | null;
          decimals: number | null;
          direction: Database['public']['Enums']['indicator_direction'] | null;
          expected_value: number | null;
          goal_on: string | null;
          goal_value: number | null;
          growth_area_id: string | null;
          id: string | null;
          latest_on: string | null;
          latest_value: number | null;
          lead_person_ids: string[] | null;
          name: string | null;
          name_en: string | null;
          name_sv: string | null;
          programme_id: string | null;
          project_id: string | null;
          published: boolean | null;
          reason: Json | null;
          recent_values: Json | null;
          scope_growth_area_id: string | null;
          sort_order: number | null;
          status: Database['public']['Enums']['indicator_state'] | null;
          unit: string | null;
        };
        Relationships: [];
      };
      my_follows: {
        Row: {
          created_at: string | null;
          growth_area_id: string | null;
          growth_area_name: string | null;
          growth_area_name_en: string | null;
          growth_area_name_sv: string | null;
          id: string | null;
          project_id: string | null;
          project_name: string | null;
          project_name_en: string | null;
          project_name_sv: string | null;
          project_slug: string | null;
        };
        Relationships: [];
      };
      my_tasks: {
        Row: {
          assigned_to_me: boolean | null;
          assignee_person_id: string | null;
          completed_on: string | null;
          details: string | null;
          details_en: string | null;
          details_sv: string | null;
          due_on: string | null;
          id: string | null;
          in_my_project: boolean | null;
          is_milestone: boolean | null;
          is_open: boolean | null;
          is_overdue: boolean | null;
          project_id: string | null;
          project_name: string | null;
          project_name_en: string | null;
          project_name_sv: string | null;
          project_slug: string | null;
          sort_order: number | null;
          state: Database['public']['Enums']['task_state'] | null;
          title: string | null;
          title_en: string | null;
          title_sv: string | null;
          updated_at: string | null;
          version: number | null;
        };
        Relationships: [
          {
            foreignKeyName: 'tasks_assignee_person_id_fkey';
            columns: ['assignee_person_id'];
            isOneToOne: false;
            referencedRelation: 'people';
            referencedColumns: ['id'];
          },
          {
            foreignKeyName: 'tasks_project_id_fkey';
            columns: ['project_id'];
            isOneToOne: false;
            referencedRelation: 'projects';
            referencedColumns: ['id'];
          },
        ];
      };
      project_overview: {
        Row: {
          computed_schedule_reasons: Json | null;
          computed_schedule_state: string | null;
          computed_schedule_status: Database['public']['Enums']['schedule_status'] | null;
          days_since_update: number | null;
          done_task_count: number | null;
          effective_schedule_status: Database['public']['Enums']['schedule_status'] | null;
          ends_on: string | null;
          ends_this_year: boolean | null;
          freshness: string | null;
          growth_area_color: string | null;
          growth_area_id: string | null;
          growth_area_name: string | null;
          growth_area_name_en: string | null;
          growth_area_name_sv: string | null;
          growth_area_sort_order: number | null;
          id: string | null;
          in_progress_task_count: number | null;
          is_stale: boolean | null;
          last_activity_at: string | null;
          lead_name: string | null;
          lead_person_id: string | null;
          name: string | null;
          name_en: string | null;
          name_sv: string | null;
          next_due_on: string | null;
          oldest_overdue_on: string | null;
          open_task_count: number | null;
          overdue_task_count: number | null;
          programme_id: string | null;
          published: boolean | null;
          schedule_note: string | null;
          schedule_reasons: Json | null;
          schedule_state: string | null;
          schedule_status: Database['public']['Enums']['schedule_status'] | null;
          schedule_status_is_manual: boolean | null;
          slug: string | null;
          stage: Database['public']['Enums']['project_stage'] | null;
          starts_on: string | null;
          task_count: number | null;
          upcoming_task_count: number | null;
          updated_at: string | null;
          updated_by_name: string | null;
          version: number | null;
        };
        Relationships: [
          {
            foreignKeyName: 'projects_growth_area_id_fkey';
            columns: ['growth_area_id'];
            isOneToOne: false;
            referencedRelation: 'growth_areas';
            referencedColumns: ['id'];
          },
          {
            foreignKeyName: 'projects_programme_id_fkey';
            columns: ['programme_id'];
            isOneToOne: false;
            referencedRelation: 'programmes';
            referencedColumns: ['id'];
          },
        ];
      };
      project_progress: {
        Row: {
          computed_progress: number | null;
          counted_task_count: number | null;
          days_after_planned_end: number | null;
          done_task_count: number | null;
          drift_basis: Json | null;
          earlier_moves: number | null;
          ends_on: string | null;
          forecast_end_on: string | null;
          growth_area_id: string | null;
          id: string | null;
          last_open_due_on: string | null;
          later_moves: number | null;
          median_days_moved: number | null;
          moves: number | null;
          planned_end_on: string | null;
          progress: number | null;
          progress_is_manual: boolean | null;
          progress_note: string | null;
          shift_days: number | null;
          total_days_moved: number | null;
        };
        Relationships: [];
      };
      review_changes: {
        Row: {
          actor_id: string | null;
          actor_name: string | null;
          audit_id: number | null;
          growth_area_id: string | null;
          growth_area_name: string | null;
          kind: string | null;
          new_value: string | null;
          note: string | null;
          occurred_at: string | null;
          old_value: string | null;
          project_id: string | null;
          project_name: string | null;
          project_slug: string | null;
          task_id: string | null;
          task_title: string | null;
        };
        Relationships: [];
      };
      status_update_due: {
        Row: {
          cadence: string | null;
          growth_area_id: string | null;
          is_due: boolean | null;
          last_update_at: string | null;
          next_due_on: string | null;
          project_id: string | null;
          project_name: string | null;
          project_name_en: string | null;
          project_name_sv: string | null;
          project_slug: string | null;
          since_on: string | null;
        };
        Relationships: [];
      };
      translation_coverage: {
        Row: {
          kind: string | null;
          language: string | null;
          programme_id: string | null;
          total: number | null;
          translated: number | null;
        };
        Relationships: [];
      };
    };
    Functions: {
      baseline_changes: {
        Args: {
          p_baseline_id: string;
        };
        Returns: {
          growth_area_id: string;
          growth_area_name: string;
          kind: string;
          new_value: string;
          old_value: string;
          project_id: string;
          project_name: string;
          project_slug: string;
          slip_days: number;
          task_id: string;
          task_title: string;
        }[];
      };
      claim_mail: {
        Args: {
          p_now: string;
          p_limit?: number;
          p_lease_seconds?: number;
        };
        Returns: Database['public']['Tables']['mail_outbox']['Row'][];
        SetofOptions: {
          from: '*';
          to: 'mail_outbox';
          isOneToOne: false;
          isSetofReturn: true;
        };
      };
      dashboard_summary: {
        Args: {
          p_growth_area_id?: string;
          p_lead_person_id?: string;
          p_other_projects?: boolean;
          p_list_limit?: number;
        };
        Returns: Json;
      };
      import_portfolio: {
        Args: {
          programme_id: string;
          data: Json;
          dry_run?: boolean;
        };
        Returns: Json;
      };
      import_portfolio_upload: {
        Args: {
          programme_id: string;
          upload_id: string;
          dry_run?: boolean;
        };
        Returns: Json;
      };
      indicator_page: {
        Args: {
          p_indicator_id: string;
        };
        Returns: Json;
      };
      indicator_status_at: {
        Args: {
          p_on: string;
        };
        Returns: {
          expected_value: number;
          goal_on: string;
          goal_value: number;
          indicator_id: string;
          latest_on: string;
          latest_value: number;
          reason: Json;
          status: Database['public']['Enums']['indicator_state'];
        }[];
      };
      list_accounts: {
        Args: never;
        Returns: {
          created_at: string;
          email: string;
          full_name: string;
          last_sign_in_at: string;
          person_id: string;
          roles: Database['public']['Enums']['app_role'][];
          user_id: string;
        }[];
      };
      mark_mail_failed: {
        Args: {
          p_id: string;
          p_claim_token: string;
          p_at: string;
          p_error: string;
          p_permanent?: boolean;
        };
        Returns: boolean;
      };
      mark_mail_sent: {
        Args: {
          p_id: string;
          p_claim_token: string;
          p_at: string;
          p_smtp_response?: string;
        };
        Returns: boolean;
      };
      mark_notifications_read: {
        Args: {
          p_ids?: string[];
        };
        Returns: number;
      };
      my_access: {
        Args: never;
        Returns: Json;
      };
      nudge_project: {
        Args: {
          p_project_id: string;
          p_message?: string;
        };
        Returns: string;
      };
      project_indicator_status_by_slug: {
        Args: {
          p_slug: string;
        };
        Returns: Database['public']['Views']['indicator_status']['Row'][];
        SetofOptions: {
          from: '*';
          to: 'indicator_status';
          isOneToOne: false;
          isSetofReturn: true;
        };
      };
      project_progress_by_slug: {
        Args: {
          p_slug: string;
        };
        Returns: Database['public']['Views']['project_progress']['Row'][];
        SetofOptions: {
          from: '*';
          to: 'project_progress';
          isOneToOne: false;
          isSetofReturn: true;
        };
      };
      project_reminder_log: {
        Args: {
          p_project_id: string;
        };
        Returns: {
          mail_failed_at: string;
          mail_sent_at: string;
          mail_state: string;
          notification_id: string;
          notified_at: string;
          occurrence: string;
          read_at: string;
          recipient_email: string;
          recipient_name: string;
          rule: string;
          task_id: string;
          task_title: string;
          task_title_en: string;
          task_title_sv: string;
        }[];
      };
      public_feed: {
        Args: {
          p_programme: string;
          p_area?: string;
          p_limit?: number;
        };
        Returns: {
          entry_id: string;
          growth_area_name: string;
          growth_area_slug: string;
          kind: string;
          new_value: string;
          occurred_at: string;
          old_value: string;
          project_name: string;
          project_slug: string;
          task_title: string;
          task_title_en: string;
          task_title_sv: string;
        }[];
      };
      queue_mail: {
        Args: {
          p_at: string;
        };
        Returns: number;
      };
      record_notifications: {
        Args: {
          p_at: string;
        };
        Returns: number;
      };
      reorder_tasks: {
        Args: {
          project_id: string;
          task_ids: string[];
        };
        Returns: number;
      };
      report_changes: {
        Args: {
          p_programme_id: string;
          p_on: string;
          p_since?: string;
          p_baseline_id?: string;
        };
        Returns: {
          growth_area_id: string;
          growth_area_name: string;
          kind: string;
          new_value: string;
          old_value: string;
          project_id: string;
          project_name: string;
          project_slug: string;
          slip_days: number;
          task_id: string;
          task_title: string;
        }[];
      };
      report_plan: {
        Args: {
          p_programme_id: string;
          p_on: string;
        };
        Returns: {
          ends_on: string;
          growth_area_id: string;
          id: string;
          name: string;
          overdue_task_count: number;
          published: boolean;
          schedule_reasons: Json;
          schedule_state: string;
          slug: string;
          stage: Database['public']['Enums']['project_stage'];
          starts_on: string;
          task_count: number;
        }[];
      };
      set_primary_contact: {
        Args: {
          project_id: string;
          person_id: string;
        };
        Returns: number;
      };
      take_baseline: {
        Args: {
          p_programme_id: string;
          p_name: string;
        };
        Returns: string;
      };
      unread_notification_count: {
        Args: never;
        Returns: number;
      };
      unsubscribe: {
        Args: {
          p_token: string;
        };
        Returns: string[];
      };
    };
    Enums: {
      app_role: 'admin' | 'director' | 'viewer';
      funding_state: 'applied' | 'granted' | 'rejected';
      indicator_cadence: 'monthly' | 'quarterly' | 'yearly';
      indicator_direction: 'more_is_better' | 'less_is_better';
      indicator_state: 'on_track' | 'behind' | 'no_recent_value';
      member_role: 'lead' | 'editor';
      project_stage: 'not_started' | 'planning' | 'implementation' | 'completed';
      schedule_status: 'on_schedule' | 'late' | 'not_pursued';
      task_state: 'not_started' | 'in_progress' | 'done' | 'cancelled';
    };
    CompositeTypes: {
      [_ in never]: never;
    };
  };
};

type DatabaseWithoutInternals = Omit<Database, '__InternalSupabase'>;

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, 'public'>];

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema['Tables'] & DefaultSchema['Views'])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals;
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Views'])
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals;
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Views'])[TableName] extends {
      Row: infer R;
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema['Tables'] & DefaultSchema['Views'])
    ? (DefaultSchema['Tables'] & DefaultSchema['Views'])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R;
      }
      ? R
      : never
    : never;

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    keyof DefaultSchema['Tables'] | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals;
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables']
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals;
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'][TableName] extends {
      Insert: infer I;
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema['Tables']
    ? DefaultSchema['Tables'][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I;
      }
      ? I
      : never
    : never;

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    keyof DefaultSchema['Tables'] | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals;
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables']
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals;
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'][TableName] extends {
      Update: infer U;
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema['Tables']
    ? DefaultSchema['Tables'][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U;
      }
      ? U
      : never
    : never;

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    keyof DefaultSchema['Enums'] | { schema: keyof DatabaseWithoutInternals },
  EnumName extends (DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals;
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions['schema']]['Enums']
    : never) = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals;
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions['schema']]['Enums'][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema['Enums']
    ? DefaultSchema['Enums'][DefaultSchemaEnumNameOrOptions]
    : never;

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    keyof DefaultSchema['CompositeTypes'] | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals;
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions['schema']]['CompositeTypes']
    : never) = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals;
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions['schema']]['CompositeTypes'][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema['CompositeTypes']
    ? DefaultSchema['CompositeTypes'][PublicCompositeTypeNameOrOptions]
    : never;

export const Constants = {
  public: {
    Enums: {
      app_role: ['admin', 'director', 'viewer'],
      funding_state: ['applied', 'granted', 'rejected'],
      indicator_cadence: ['monthly', 'quarterly', 'yearly'],
      indicator_direction: ['more_is_better', 'less_is_better'],
      indicator_state: ['on_track', 'behind', 'no_recent_value'],
      member_role: ['lead', 'editor'],
      project_stage: ['not_started', 'planning', 'implementation', 'completed'],
      schedule_status: ['on_schedule', 'late', 'not_pursued'],
      task_state: ['not_started', 'in_progress', 'done', 'cancelled'],
    },
  },
} as const;
